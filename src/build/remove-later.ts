/**
 * Removing a replaced site without making the build wait for it: the folder is handed to a
 * detached process that deletes it after the build has returned. Deleting tens of thousands of
 * files takes a second or more, and nobody needs to wait for it: the new site is already in place.
 * Folders a remover did not finish (the machine stopped) are picked up by the next build.
 */
import { spawn } from "node:child_process";
import { readdirSync } from "node:fs";
import { join } from "node:path";

/** Suffix of a replaced site's folder, beside the output, waiting to be deleted. */
export const REPLACED_SUFFIX = "-replaced";

const REMOVE = `for (const d of process.argv.slice(1)) require("node:fs").rmSync(d, { recursive: true, force: true, maxRetries: 3 });`;

/** Deletes `dirs` in a detached process, plus any replaced sites left in `parent` by earlier builds. */
export function removeLater(parent: string, dirs: readonly string[]): void {
  let leftovers: string[] = [];
  try {
    leftovers = readdirSync(parent)
      .filter((name) => name.startsWith(".site-") && name.endsWith(REPLACED_SUFFIX))
      .map((name) => join(parent, name));
  } catch {
    // an unreadable parent: nothing to sweep
  }
  const all = [...new Set([...dirs, ...leftovers])];
  if (all.length === 0) return;
  const child = spawn(process.execPath, ["-e", REMOVE, ...all], {
    detached: true,
    stdio: "ignore",
  });
  child.on("error", () => {}); // a remover that cannot start leaves the folder for the next build
  child.unref();
}
