/**
 * Every key the build's cache uses, and so every answer to "what makes this be done again?".
 *
 * | What is kept (article-cache.ts)   | Its key                                   | Made again when                         |
 * |-----------------------------------|-------------------------------------------|-----------------------------------------|
 * | the file index (files.*.v8)       | `factsContext`: code, themes, people,     | the code or a data file changes: every  |
 * |                                   | places                                    | file is parsed again                    |
 * | one file's entry in it            | its size, time and inode                  | any of them changes: the file is read   |
 * |                                   |                                           | and hashed                              |
 * | one file's facts and stored       | `recordKey`: the context, path and bytes, | its bytes change, or the day leaves the |
 * | record (records/<key>.v8)         | and the days its answers hold (`span`)    | span its answers about today held for   |
 * | the page manifest (pages.v8)      | `manifestContext`: the output folder      | the site is built somewhere else        |
 * | one page of the previous site     | `pageFingerprint`: `pageSalt` (code, site | its own piece of the views changes (see |
 * | (linked instead of rendered)      | settings), its kind and its data          | page-plan.ts), or the code or settings  |
 * | one search shard                  | `pageFingerprint` of its articles' search | any article in it changes, or the shard |
 * |                                   | fields and record keys, count and number  | count                                   |
 *
 * The day is in no key: a record is the same on every day of its span (see
 * src/archive/watched-now.ts), so the first build of a day rebuilds only what the day changed.
 * Pages built from the whole archive (home, indexes, feeds, sitemap, search, 404) are always rendered.
 */
import { createHash } from "node:crypto";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import type { SiteInputs } from "../site/site-inputs.ts";
import type { SiteConfig } from "../site/types.ts";
import type { DaySpan } from "../archive/watched-now.ts";

/**
 * Files and folders (relative to the project root) whose content the output depends on. The data
 * files (`data/`) are keyed where they are used too (the facts' cache, the pages' salt); they are
 * hashed here as they were while they lived in `src/site/data/`, so moving them changed no key.
 */
const INPUTS = ["src", "templates", "public", "data", ".eleventy.ts", "package-lock.json"];

let cached: string | null = null;

/**
 * The fingerprint of the code that turns articles into pages (the parser, the views, the
 * templates, the static files and the locked dependencies), computed once per process: changing
 * any of it makes the next build start afresh instead of mixing old and new.
 */
export function codeVersion(root = "."): string {
  if (cached) return cached;
  const hash = createHash("sha256");
  const visit = (path: string): void => {
    let info;
    try {
      info = statSync(path);
    } catch {
      return; // an optional input that is absent
    }
    if (info.isDirectory()) {
      for (const name of readdirSync(path).sort())
        if (!name.startsWith(".")) visit(join(path, name));
    } else {
      hash.update(`${path}\0`);
      hash.update(readFileSync(path));
    }
  };
  for (const input of INPUTS) visit(join(root, input));
  cached = hash.digest("hex").slice(0, 20);
  return cached;
}

/** A short hex fingerprint of any JSON-able value. */
export function fingerprint(...parts: unknown[]): string {
  const hash = createHash("sha1");
  for (const p of parts) hash.update(typeof p === "string" ? p : JSON.stringify(p)).update("\0");
  return hash.digest("hex").slice(0, 24);
}

/** What every article's facts depend on besides its file: the code and the data files. */
export function factsContext(inputs: SiteInputs): string {
  // The gazetteer packages' versions are in package-lock.json, which `codeVersion` reads.
  return fingerprint(
    codeVersion(),
    inputs.themes,
    inputs.people,
    inputs.places,
    inputs.organisations,
  );
}

/** The key of a file's content at a path, in a context (see `factsContext`). */
export function fileKey(context: string, file: string, bytes: Uint8Array): string {
  return createHash("sha256")
    .update(context)
    .update("\0")
    .update(file)
    .update("\0")
    .update(bytes)
    .digest("hex")
    .slice(0, 32);
}

/**
 * The key of one file's facts and stored record: its file key, and the span of days over which the
 * parse's answers about today hold (null ends: unbounded). Parsed again on a day outside the span,
 * the file may give other facts; the span then differs, and so does the key, so every page that
 * shows the article is rendered again.
 */
export function recordKey(key: string, span: DaySpan): string {
  if (span.from === null && span.until === null) return key;
  return fingerprint(key, span.from, span.until).slice(0, 32);
}

/** What every page depends on besides its own data: the code and the site's settings. */
export function pageSalt(config: SiteConfig): string {
  return fingerprint(codeVersion(), config);
}

/** The key of the page manifest: the output folder it describes. */
export function manifestContext(output: string): string {
  return fingerprint(output);
}

/** The fingerprint of one page or search shard: the salt, its kind, and the data it shows. */
export function pageFingerprint(salt: string, kind: string, ...data: unknown[]): string {
  return fingerprint(salt, kind, ...data);
}
