/**
 * A fingerprint of the code that turns articles into pages: the parser, the views, the templates,
 * the static files and the locked dependencies. Everything a build keeps for reuse is keyed by it,
 * so changing any of that code makes the next build start afresh instead of mixing old and new.
 */
import { createHash } from "node:crypto";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";

/**
 * Files and folders (relative to the project root) whose content the output depends on. The data
 * files (`data/`) are keyed where they are used too (the facts' cache, the pages' salt); they are
 * hashed here as they were while they lived in `src/site/data/`, so moving them changed no key.
 */
const INPUTS = ["src", "templates", "public", "data", ".eleventy.ts", "package-lock.json"];

let cached: string | null = null;

/** The fingerprint of the code in the working folder (computed once per process). */
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
