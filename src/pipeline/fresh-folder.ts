/**
 * The folder a build renders into, beside the output, before it is swapped in. While the build
 * runs, the folder holds a lock file with the build's process id; a folder whose lock names a
 * process that no longer runs was left by a killed build, and the next build deletes it (see
 * remove-later.ts). Just before the swap the lock gives way to the site marker.
 */
import { readFileSync } from "node:fs";
import { chmod, mkdtemp, rm, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { SITE_MARKER, SITE_MARKER_TEXT } from "./output-folder.ts";

/** Lock file in a folder a build is rendering into: the process id of that build. */
export const BUILD_LOCK = ".news-archive-building";
/** Prefix of the folders builds render into, beside the output. */
export const FRESH_PREFIX = ".site-";

/** Makes a fresh folder beside `output` (one rename away from it) and locks it for this process. */
export async function makeFreshFolder(output: string): Promise<string> {
  const fresh = await mkdtemp(join(dirname(output), FRESH_PREFIX));
  await chmod(fresh, 0o755);
  await writeFile(join(fresh, BUILD_LOCK), `${process.pid}\n`);
  return fresh;
}

/** Marks a rendered folder as a finished site, ready to be swapped in. */
export async function sealFreshFolder(fresh: string): Promise<void> {
  await writeFile(join(fresh, SITE_MARKER), SITE_MARKER_TEXT);
  await rm(join(fresh, BUILD_LOCK), { force: true });
}

/** True when `dir` is a fresh folder whose build is no longer running (it was killed). */
export function isAbandonedFreshFolder(dir: string): boolean {
  let pid: number;
  try {
    pid = Number(readFileSync(join(dir, BUILD_LOCK), "utf8").trim());
  } catch {
    return false; // no lock: not a folder a build is rendering into
  }
  if (!Number.isInteger(pid) || pid <= 0) return false;
  if (pid === process.pid) return false;
  try {
    process.kill(pid, 0); // signal 0 only asks whether the process exists
    return false;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === "ESRCH";
  }
}
