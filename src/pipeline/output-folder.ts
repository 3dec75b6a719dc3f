/**
 * Which folders a build may replace or delete. A build replaces its output folder whole and
 * empties its cache when the code changes, so both must be folders the build made itself: each
 * carries a marker file, checked before anything is moved or removed. `--output .` once deleted the
 * whole project; now the project, the articles, a folder of theirs, and any existing folder
 * without the marker are refused before the build starts, with a message that says what to do.
 */
import { existsSync, lstatSync, mkdtempSync, readdirSync, realpathSync, rmdirSync } from "node:fs";
import { basename, dirname, join, resolve, sep } from "node:path";
import { diagnostic } from "../archive/diagnostic.ts";
import type { Diagnostic } from "../archive/types.ts";

/** Marker file in every site a build publishes: the next build may replace that folder. */
export const SITE_MARKER = ".news-archive-site";
/** What the site marker says to a person who opens it. */
export const SITE_MARKER_TEXT =
  "This folder was made by the news-archive build (npm run build); the next build replaces it whole.\n";
/** Marker file in a cache folder the build made: the build may empty it. */
export const CACHE_MARKER = ".news-archive-cache";
/** Files every published site has: an output folder made before markers existed has them all. */
const SITE_FILES = ["index.html", "feed.xml", "search-data/shards.js", "pagefind/pagefind.js"];
/** What a cache folder made before markers existed holds, and nothing else. */
const CACHE_FILES = /^(files\.v8|pages\.v8|records|.*\.tmp)$/;

/** The folders of a build, as given. */
export interface BuildFolders {
  /** The output folder. */
  output: string;
  /** The articles folder. */
  articles: string;
  /** The cache folder beside the output. */
  cache: string;
  /** The project folder (the working folder of the command). */
  project: string;
}

/** The real path of `path`, whose last parts may not exist yet. */
function realPath(path: string): string {
  const full = resolve(path);
  if (existsSync(full)) return realpathSync(full);
  const parent = dirname(full);
  return parent === full ? full : join(realPath(parent), basename(full));
}

/** True when `inner` is `outer` or inside it. */
const within = (inner: string, outer: string): boolean =>
  inner === outer || inner.startsWith(outer.endsWith(sep) ? outer : outer + sep);

/** True when the folder holds a file named `marker`, or is one this build made before markers. */
function madeByBuild(dir: string, marker: string, legacy: (names: string[]) => boolean): boolean {
  if (existsSync(join(dir, marker))) return true;
  const names = readdirSync(dir);
  return names.length === 0 || legacy(names);
}

/** True when a folder without the marker is a site published by an earlier version of the build. */
const legacySite = (dir: string) => (): boolean =>
  SITE_FILES.every((f) => existsSync(join(dir, f)));
/** True when a folder without the marker is a cache made by an earlier version of the build. */
const legacyCache = (names: string[]): boolean => names.every((n) => CACHE_FILES.test(n));

/**
 * Errors that stop a build before it touches anything: an output that is (or holds) the project or
 * the articles, or lies inside the articles; an output or cache that exists and was not made by a
 * build; an output that is a file or a link; a folder it cannot write in.
 */
export function checkBuildFolders(folders: BuildFolders): Diagnostic[] {
  const output = realPath(folders.output);
  const refuse = (path: string, code: string, message: string, fix: string): Diagnostic[] => [
    diagnostic("error", path, null, code, message, fix),
  ];
  const elsewhere = "choose a new folder for --output, such as `_site`";
  for (const [name, path] of [
    ["project", folders.project],
    ["articles", folders.articles],
  ] as const) {
    const real = realPath(path);
    if (within(real, output))
      return refuse(
        folders.output,
        "output-holds-input",
        `the output folder is the ${name} folder${real === output ? "" : " or one that holds it"} (${real}), and a build replaces its output whole`,
        elsewhere,
      );
  }
  if (within(output, realPath(folders.articles)))
    return refuse(
      folders.output,
      "output-in-articles",
      "the output folder is inside the articles folder",
      `${elsewhere}, outside ${folders.articles}`,
    );
  const info = lstatOrNull(folders.output);
  if (info?.isSymbolicLink())
    return refuse(
      folders.output,
      "output-is-link",
      "the output is a symbolic link; a build would replace the link, not the folder it points to",
      "give the folder's real path as --output",
    );
  if (info && !info.isDirectory())
    return refuse(
      folders.output,
      "output-is-file",
      "the output is a file, not a folder",
      `move or rename that file, or ${elsewhere}`,
    );
  if (info && !madeByBuild(folders.output, SITE_MARKER, legacySite(folders.output)))
    return refuse(
      folders.output,
      "output-not-a-site",
      `the folder exists and was not made by this build (it has no ${SITE_MARKER} file), so it is left as it is`,
      `${elsewhere}, or empty that folder yourself if it really is meant for the site`,
    );
  const cache = lstatOrNull(folders.cache);
  if (cache && (!cache.isDirectory() || !madeByBuild(folders.cache, CACHE_MARKER, legacyCache)))
    return refuse(
      folders.cache,
      "cache-not-ours",
      `the build keeps its cache in this folder, but it exists and was not made by a build (it has no ${CACHE_MARKER} file)`,
      `move or rename it, or ${elsewhere}`,
    );
  const parent = dirname(output);
  if (!canWriteIn(nearestExisting(parent)))
    return refuse(
      folders.output,
      "output-not-writable",
      `the build cannot write in ${parent}, where it makes the new site before putting it in place`,
      `${elsewhere} in a folder you can write to, or fix that folder's permissions`,
    );
  return [];
}

/**
 * True when a folder can be made in `dir`: tried, not asked, since permission bits do not tell the
 * whole story (a read-only file system; root, who passes every permission check).
 */
function canWriteIn(dir: string): boolean {
  try {
    rmdirSync(mkdtempSync(join(dir, ".site-probe-")));
    return true;
  } catch {
    return false;
  }
}

/** The nearest folder above `path` that exists. */
function nearestExisting(path: string): string {
  return existsSync(path) || dirname(path) === path ? path : nearestExisting(dirname(path));
}

/** `lstat` of a path, or null when there is nothing there. */
function lstatOrNull(path: string): ReturnType<typeof lstatSync> | null {
  try {
    return lstatSync(path);
  } catch {
    return null;
  }
}

/** True when `dir` may be replaced by a new site: absent, empty, or marked as made by a build. */
export function isReplaceableSite(dir: string): boolean {
  const info = lstatOrNull(dir);
  if (!info) return true;
  return info.isDirectory() && madeByBuild(dir, SITE_MARKER, legacySite(dir));
}

/** True when `dir` may be emptied as a cache: absent, empty, or marked as made by a build. */
export function isClearableCache(dir: string): boolean {
  const info = lstatOrNull(dir);
  if (!info) return true;
  return info.isDirectory() && madeByBuild(dir, CACHE_MARKER, legacyCache);
}
