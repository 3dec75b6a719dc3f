/**
 * Carrying unchanged files from the previous site into the new one as hard links: no copy, no
 * render. The new site is still a separate folder — the build never writes to a linked file (it
 * renders only pages it did not link), so the previous site stays exactly as it was until the swap.
 */
import { link, mkdir, readdir } from "node:fs/promises";
import { dirname, join } from "node:path";

/** Links each path (relative) from `from` into `to`, making folders as needed. */
export async function linkFiles(from: string, to: string, paths: readonly string[]): Promise<void> {
  const made = new Map<string, Promise<unknown>>();
  const BATCH = 256;
  for (let i = 0; i < paths.length; i += BATCH) {
    await Promise.all(
      paths.slice(i, i + BATCH).map(async (p) => {
        const dir = dirname(join(to, p));
        if (!made.has(dir)) made.set(dir, mkdir(dir, { recursive: true }));
        await made.get(dir);
        await link(join(from, p), join(to, p));
      }),
    );
  }
}

/** Every file under a folder, as paths relative to `root` (the folder is `root/dir`). */
export async function filesUnder(root: string, dir: string): Promise<string[]> {
  const entries = await readdir(join(root, dir), { withFileTypes: true, recursive: true });
  return entries
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath ?? join(root, dir), e.name).slice(root.length + 1));
}
