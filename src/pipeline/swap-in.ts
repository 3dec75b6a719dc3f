/**
 * Putting a new site in place of the old: the old folder is moved aside, the new one renamed in
 * (one rename on one file system, so a reader never sees a half-written site), and the old one
 * deleted in the background. If the rename fails, the old folder is moved back. The old folder is
 * checked once more right before it is moved: only a folder a build made is ever replaced.
 */
import { rename, stat } from "node:fs/promises";
import { dirname } from "node:path";
import { isReplaceableSite, SITE_MARKER } from "./output-folder.ts";
import { removeLater, REPLACED_SUFFIX } from "./remove-later.ts";

/** Replaces the folder `output` with the folder `fresh`. */
export async function swapIn(fresh: string, output: string): Promise<void> {
  const old = `${fresh}${REPLACED_SUFFIX}`;
  if (!isReplaceableSite(output))
    throw new Error(
      `${output} was not made by this build (it has no ${SITE_MARKER} file), so it was not replaced; choose another --output`,
    );
  const hadOld = await stat(output).then(
    () => true,
    () => false,
  );
  if (hadOld) await rename(output, old);
  try {
    await rename(fresh, output);
  } catch (e) {
    if (hadOld) await rename(old, output);
    throw e;
  }
  removeLater(dirname(output), hadOld ? [old] : []);
}
