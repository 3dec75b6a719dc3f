/**
 * Which files in the articles folder are articles: `.txt` and `.md` files and saved web pages
 * (`.html`, `.htm`, each with an optional sidecar `NAME.html.yml`), in subfolders too,
 * hidden files and folders left out. A symbolic link is followed when it points to a file inside
 * the articles folder; every other link is skipped with a warning that says why, never silently.
 */
import { realpathSync, statSync, type Dirent } from "node:fs";
import { readdir } from "node:fs/promises";
import { join, relative, sep } from "node:path";
import { diagnostic } from "./diagnostic.ts";
import type { Diagnostic } from "./types.ts";

/** File endings read as articles. */
export const ARTICLE_EXTENSIONS = [".txt", ".md", ".html", ".htm"];

/** The article files of a folder, and why any were skipped. */
export interface ArticleListing {
  /** Paths of the article files, sorted. */
  files: string[];
  /** Links skipped, or the folder itself missing (an error). */
  diagnostics: Diagnostic[];
}

const isArticleName = (name: string): boolean =>
  !name.startsWith(".") && ARTICLE_EXTENSIONS.some((x) => name.toLowerCase().endsWith(x));

/** The article files in a folder and its subfolders (hidden ones left out), sorted by path. */
export async function listArticleFiles(dir: string): Promise<ArticleListing> {
  let entries: Dirent[];
  try {
    entries = await readdir(dir, { withFileTypes: true, recursive: true });
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const [message, fix] =
      code === "ENOENT"
        ? [
            "the articles folder does not exist",
            "create it and put the article files (.txt, .md, or saved pages as .html) in it, or name the folder that holds them",
          ]
        : code === "ENOTDIR"
          ? [
              "the articles folder is a file, not a folder",
              "name the folder that holds the article files",
            ]
          : [
              `the articles folder cannot be read (${code ?? "error"})`,
              "check the folder's permissions",
            ];
    return {
      files: [],
      diagnostics: [diagnostic("error", dir, null, "articles-folder", message, fix)],
    };
  }
  const root = realpathSync(dir);
  const files: string[] = [];
  const links: string[] = [];
  const diagnostics: Diagnostic[] = [];
  const sidecars: string[] = [];
  for (const e of entries) {
    const path = join(e.parentPath ?? dir, e.name);
    if (
      relative(dir, path)
        .split(/[\\/]/)
        .some((part) => part.startsWith("."))
    )
      continue;
    if (e.isFile()) {
      if (isArticleName(e.name)) files.push(path);
      else if (isSidecarName(e.name)) sidecars.push(path);
    } else if (e.isSymbolicLink()) {
      const skipped = linkProblem(path, root, isArticleName(e.name));
      if (skipped === null) links.push(path);
      else if (skipped) diagnostics.push(skipped);
    } else if (!e.isDirectory() && isArticleName(e.name)) {
      // A named pipe, socket or device: reading one could wait for ever.
      diagnostics.push(notAFile(path));
    }
  }
  const listed = withoutDuplicates(dir, root, files, links, diagnostics);
  const pages = new Set(listed);
  for (const s of sidecars.sort())
    if (!pages.has(s.slice(0, -".yml".length))) diagnostics.push(sidecarAlone(s));
  return { files: listed, diagnostics };
}

/** A saved page's sidecar name: `NAME.html.yml` or `NAME.htm.yml`. */
const isSidecarName = (name: string): boolean =>
  !name.startsWith(".") && /\.html?\.yml$/i.test(name);

/** The warning for a sidecar whose page is not in the folder: its facts would be lost silently. */
function sidecarAlone(path: string): Diagnostic {
  return diagnostic(
    "warning",
    path,
    null,
    "sidecar-alone",
    `this sidecar has no page beside it (${path.replace(/^.*[\\/]/, "").slice(0, -".yml".length)}), so its facts are not used`,
    "put the saved page beside it under that name, or delete the sidecar",
  );
}

/** The warning for an entry with an article's name that is no regular file. */
function notAFile(path: string): Diagnostic {
  return diagnostic(
    "warning",
    path,
    null,
    "not-a-file",
    "this is not a regular file (a pipe, socket or device), so it was skipped",
    "save the article as an ordinary .txt, .md or .html file",
  );
}

/**
 * The files, with links to a file listed already left out (with a warning): one article, one page.
 * A plain file's real path is the real root joined with its place under it (no folder link is
 * followed), so only links cost a `realpath` — at 10,000 files a lookup per file was 0.4 s.
 */
function withoutDuplicates(
  dir: string,
  root: string,
  files: string[],
  links: string[],
  diagnostics: Diagnostic[],
): string[] {
  const seen = new Map(files.map((f) => [join(root, relative(dir, f)), f]));
  const kept = [...files];
  for (const link of links.sort()) {
    const real = realpathSync(link);
    const first = seen.get(real);
    if (first === undefined) {
      seen.set(real, link);
      kept.push(link);
    } else
      diagnostics.push(
        diagnostic(
          "warning",
          link,
          null,
          "link-skipped",
          `this link points to ${first}, which is read already`,
          "delete the link",
        ),
      );
  }
  return kept.sort();
}

/**
 * Null when the link at `path` is to be read as an article; a warning when it is skipped; false
 * for a link that is not an article's anyway (its name is not an article's, and it is no folder).
 */
function linkProblem(path: string, root: string, articleName: boolean): Diagnostic | false | null {
  const skip = (message: string, fix: string): Diagnostic =>
    diagnostic("warning", path, null, "link-skipped", message, fix);
  let target: string;
  try {
    target = realpathSync(path);
  } catch {
    return articleName
      ? skip(
          "this link points to nothing (its target is missing), so it was skipped",
          "delete the link, or put the file back",
        )
      : false;
  }
  const info = statSync(target);
  if (info.isDirectory())
    return skip(
      "this link to a folder was not followed, so the articles in that folder were skipped",
      "move or copy the folder itself into the articles folder",
    );
  if (!articleName) return false;
  if (!info.isFile()) return notAFile(path);
  if (target !== root && !target.startsWith(root + sep))
    return skip(
      "this link points outside the articles folder, so it was skipped (a build reads only the articles folder)",
      "copy the file itself into the articles folder",
    );
  return null;
}
