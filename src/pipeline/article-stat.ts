/**
 * What the cache compares to tell that an article file is unchanged without reading it: size,
 * time and inode. A saved page's sidecar (`NAME.html.yml`) is part of the article, so its size
 * and time are folded in: editing, adding or deleting the sidecar changes the page's stamp.
 */
import { statSync, type Stats } from "node:fs";
import { stat } from "node:fs/promises";
import { isHtmlPath } from "../archive/html/load-html.ts";
import { sidecarPath } from "../archive/html/sidecar.ts";

/** The stamp of an article file. */
export interface ArticleStamp {
  /** Bytes of the file, plus its sidecar's and one when it has one. */
  size: number;
  /** The later of the file's and its sidecar's modification times. */
  mtimeMs: number;
  /** The file's inode. */
  ino: number;
}

const stamp = (file: Stats, sidecar: Stats | null): ArticleStamp =>
  sidecar === null
    ? { size: file.size, mtimeMs: file.mtimeMs, ino: file.ino }
    : {
        size: file.size + sidecar.size + 1,
        mtimeMs: Math.max(file.mtimeMs, sidecar.mtimeMs),
        ino: file.ino,
      };

/** The stamp of an article file (throws as `stat` does when the file is missing). */
export function articleStampSync(file: string): ArticleStamp {
  const info = statSync(file);
  const side = isHtmlPath(file)
    ? (statSync(sidecarPath(file), { throwIfNoEntry: false }) ?? null)
    : null;
  return stamp(info, side);
}

/** The stamp of an article file, or null when it cannot be read. */
export async function articleStamp(file: string): Promise<ArticleStamp | null> {
  const info = await stat(file).catch(() => null);
  if (!info) return null;
  const side = isHtmlPath(file) ? await stat(sidecarPath(file)).catch(() => null) : null;
  return stamp(info, side);
}
