/**
 * What a build keeps for the next one, in a folder beside the output (`.<output>-cache/`):
 *   files.*.v8        per article file: size, time and inode, content hash, facts, diagnostics,
 *                     in parts by path, and the vocabulary of the word counts (file-index.ts)
 *   records/<key>.v8  per file version, in two parts read one at a time: the record and its
 *                     rendered paragraphs (read to render that article's pages or index it), then
 *                     its sentences that mention people, places and organisations, one entry per
 *                     name (mention-parts.ts; read to render their pages: a few kilobytes, where
 *                     the record is tens). One file, not two: creating a file cost a parse
 *                     thread more than writing it.
 *   pages.v8          per page written: the fingerprint of its data and the file's identity
 * Every key, and what changes it, is in cache-keys.ts.
 * The cache only saves work: deleting it makes the next build a cold one, never a wrong one. Every
 * file carries a checksum of its value, so a truncated or damaged file is never read as data: a
 * damaged cache file counts as absent (`readCacheFile` returns null), and a damaged record throws
 * `DamagedCacheError`, on which the build parses that article again (see build-site.ts).
 */
import {
  closeSync,
  existsSync,
  mkdirSync,
  openSync,
  readFileSync,
  readSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { appendFile, mkdir, readdir, rename, rm, unlink, writeFile } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import { serialize } from "node:v8";
import type { Diagnostic } from "../archive/types.ts";
import type { DaySpan } from "../archive/watched-now.ts";
import type { ArticleFacts, ArticleMentions, ParagraphView } from "../site/types.ts";
import type { ArticleRecord } from "../archive/types.ts";
import { checksum, deserialize, readChecked, withChecksums } from "./checked-file.ts";
import { encodeMentions } from "./mention-parts.ts";
import { CACHE_MARKER, isClearableCache } from "./output-folder.ts";

export { DamagedCacheError, damagedRecordKey } from "./checked-file.ts";

/** One version of an article file: what identifies it, and the keys of what was made from it. */
export interface FileVersion {
  /** Size in bytes, read before the content. */
  size: number;
  /** Modification time (ms), read before the content. */
  mtimeMs: number;
  /** Inode, read before the content. */
  ino: number;
  /** Key of the file's content: hash of the context, path and bytes (see `fileKey`). */
  fileKey: string;
  /** The days over which its facts hold (see src/archive/watched-now.ts). */
  span: DaySpan;
  /** Key of its facts and stored record: the file key and the span (see `recordKey`). */
  key: string;
}

/** What the cache knows of one article file. */
export interface FileEntry extends FileVersion {
  /** Its facts, or null when it had errors. */
  facts: ArticleFacts | null;
  /** Its word counts over the cache's vocabulary (see `encodeTerms`), or null with the facts. */
  terms: Uint32Array | null;
  /** Its errors and warnings. */
  diagnostics: Diagnostic[];
}

/** The stored record of one file version. */
export interface StoredArticle {
  /** The parsed record. */
  record: ArticleRecord;
  /** Its paragraphs with sentence anchors and HTML. */
  paragraphs: ParagraphView[];
  /** Why the rules chose each theme, by slug. */
  themeEvidence: Record<string, string>;
}

/** The file index: what the cache knows of each article file, and the vocabulary its word counts use. */
export interface FileIndex {
  /** File path → entry. */
  files: Record<string, FileEntry>;
  /** Words of the vocabulary, by number. */
  words: string[];
}

/** A page written by an earlier build. */
export interface PageEntry {
  /** Fingerprint of the data it was rendered from. */
  fingerprint: string;
  /** Inode of the file. */
  ino: number;
  /** Size of the file. */
  size: number;
  /** Modification time of the file (ms). */
  mtimeMs: number;
}

/** The cache folder for an output folder. */
export const cacheDirFor = (output: string): string =>
  join(dirname(output), `.${basename(output)}-cache`);

/** Folder of stored records. */
export const recordsDir = (cache: string): string => join(cache, "records");

/** Path of a stored record. */
export const recordPath = (cache: string, key: string): string =>
  join(recordsDir(cache), `${key}.v8`);

/** Part of a stored record's file that holds the record. */
const RECORD_PART = 0;
/** Part of a stored record's file that holds its mentions (see mention-parts.ts). */
export const MENTIONS_PART = 1;

/** Writes a file in the cache, removing first whatever stands in its way (a folder, say). */
function writeReplacing(path: string, bytes: Uint8Array): void {
  try {
    writeFileSync(path, bytes);
  } catch {
    rmSync(path, { recursive: true, force: true });
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, bytes);
  }
}

/** Writes a stored record and its mentions (in a worker or the main thread). */
export function storeArticle(
  cache: string,
  key: string,
  entry: StoredArticle,
  mentions: ArticleMentions,
): void {
  writeReplacing(recordPath(cache, key), withChecksums(serialize(entry), encodeMentions(mentions)));
}

/**
 * Reads a stored record. Synchronous: a record is a few kilobytes, and a page render or an indexer
 * reading thousands of them spent more on the promise and the thread pool than on the read.
 */
export function readStoredArticle(cache: string, key: string): StoredArticle {
  return readChecked(recordPath(cache, key), key, RECORD_PART) as StoredArticle;
}

/**
 * Reads a cache file written by `writeCacheFile`, or null when it is absent, unreadable, damaged or
 * for another context. The context comes first in the file and is read on its own: after a change
 * of code, the 100,000-article file index (half a gigabyte) took 13 s and 1.8 GB to decode only to
 * be thrown away.
 */
export function readCacheFile<T>(cache: string, name: string, context: string): T | null {
  const path = join(cache, name);
  if (!existsSync(path)) return null;
  try {
    const head = Buffer.alloc(HEAD_BYTES);
    const fd = openSync(path, "r");
    try {
      readSync(fd, head, 0, head.length, 0);
    } finally {
      closeSync(fd);
    }
    const { context: stored, sum } = JSON.parse(head.toString("utf8")) as CacheHead;
    if (stored !== context) return null;
    const bytes = readFileSync(path).subarray(HEAD_BYTES);
    if (checksum(bytes).toString("hex") !== sum) return null;
    return deserialize(bytes) as T;
  } catch {
    return null; // a damaged cache (or one in an older format) is no cache
  }
}

/** The head of a cache file: what its value was made for, and the value's checksum. */
interface CacheHead {
  /** Fingerprint of what the value depends on. */
  context: string;
  /** SHA-1 of the value's bytes, in hex. */
  sum: string;
}

/** Bytes of a cache file's head (JSON, padded with spaces), before its value. */
const HEAD_BYTES = 256;

/** Writes a cache file atomically (a half-written file is never read): its head, then its value. */
export async function writeCacheFile(
  cache: string,
  name: string,
  context: string,
  value: unknown,
): Promise<void> {
  const bytes = serialize(value);
  const head = JSON.stringify({
    context,
    sum: checksum(bytes).toString("hex"),
  } satisfies CacheHead);
  if (Buffer.byteLength(head) > HEAD_BYTES) throw new Error(`cache context too long: ${context}`);
  await mkdir(cache, { recursive: true });
  await writeMarker(cache);
  const path = join(cache, name);
  // A name of this process's own: two builds at once (a preview server and a build) never share one.
  const tmp = `${path}.${process.pid}.tmp`;
  // Head and value written one after the other: at 10,000 articles the value is tens of megabytes,
  // not worth copying into one buffer.
  await writeFile(tmp, head.padEnd(HEAD_BYTES));
  await appendFile(tmp, bytes);
  await rename(tmp, path).catch(async () => {
    // Something else stands where the file goes (a folder, say): in the cache, so ours to remove.
    await rm(path, { recursive: true, force: true });
    await rename(tmp, path);
  });
}

/** Removes stored records no file version uses any more. */
export async function pruneRecords(cache: string, keep: ReadonlySet<string>): Promise<void> {
  const names = await readdir(recordsDir(cache)).catch(() => [] as string[]);
  await Promise.all(
    names
      .filter((n) => !keep.has(n.slice(0, n.indexOf(".")))) // `<key>.v8`
      .map((n) => unlink(join(recordsDir(cache), n)).catch(() => {})),
  );
}

/**
 * Empties the cache folder (used when the context changes). Only a folder a build made is emptied:
 * the build refuses to start with any other (see `checkBuildFolders`), and this checks again.
 */
export async function clearCache(cache: string): Promise<void> {
  if (!isClearableCache(cache))
    throw new Error(
      `${cache} was not made by a build (it has no ${CACHE_MARKER} file); not emptied`,
    );
  await rm(cache, { recursive: true, force: true });
  await mkdir(recordsDir(cache), { recursive: true });
  await writeMarker(cache);
}

/** Marks a cache folder as one the build made (and may empty). */
async function writeMarker(cache: string): Promise<void> {
  await writeFile(join(cache, CACHE_MARKER), "The news-archive build's cache: safe to delete.\n");
}
