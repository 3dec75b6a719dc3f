/**
 * Removing a replaced site without making the build wait for it: the folder is handed to a
 * detached process that deletes it after the build has returned. Deleting tens of thousands of
 * files takes a second or more, and nobody needs to wait for it: the new site is already in place.
 * Folders earlier builds left beside the output (a replaced site whose remover did not finish, a
 * fresh folder of a build that was killed) are picked up by the next build. Only folders a build
 * made are touched: each is named as builds name them and carries their marker or lock.
 */
import { spawn } from "node:child_process";
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { FRESH_PREFIX, isAbandonedFreshFolder } from "./fresh-folder.ts";
import { isReplaceableSite } from "./output-folder.ts";

/** Suffix of a replaced site's folder, beside the output, waiting to be deleted. */
export const REPLACED_SUFFIX = "-replaced";

/** A fresh folder's name (`mkdtemp` adds six characters), and a replaced site's. */
const FRESH_NAME = new RegExp(`^${FRESH_PREFIX.replace(".", "\\.")}[A-Za-z0-9]{6}$`);
const REPLACED_NAME = new RegExp(
  `^${FRESH_PREFIX.replace(".", "\\.")}[A-Za-z0-9]{6}${REPLACED_SUFFIX}$`,
);

const REMOVE = `for (const d of process.argv.slice(1)) require("node:fs").rmSync(d, { recursive: true, force: true, maxRetries: 3 });`;

/** Folders in `parent` that earlier builds left behind: replaced sites and killed builds' folders. */
export function buildLeftovers(parent: string): string[] {
  let names: string[] = [];
  try {
    names = readdirSync(parent);
  } catch {
    return []; // an unreadable parent: nothing to sweep
  }
  return names
    .map((name) => ({ name, path: join(parent, name) }))
    .filter(
      ({ name, path }) =>
        (REPLACED_NAME.test(name) && isReplaceableSite(path)) ||
        (FRESH_NAME.test(name) && isAbandonedFreshFolder(path)),
    )
    .map(({ path }) => path);
}

/** Deletes `dirs` in a detached process, plus any folders earlier builds left in `parent`. */
export function removeLater(parent: string, dirs: readonly string[]): void {
  const all = [...new Set([...dirs, ...buildLeftovers(parent)])];
  if (all.length === 0) return;
  const child = spawn(process.execPath, ["-e", REMOVE, ...all], {
    detached: true,
    stdio: "ignore",
  });
  child.on("error", () => {}); // a remover that cannot start leaves the folder for the next build
  child.unref();
}
