/**
 * What a build keeps for the next one, in a folder beside the output (`.<output>-cache/`):
 *   files.v8          per article file: size, time and inode, content hash, facts, diagnostics
 *   records/<key>.v8  per file version: the record and its rendered paragraphs (read only to
 *                     render that article's pages or index it)
 *   records/<key>.mentions.v8  its sentences that mention people and places (read to render
 *                     their pages: a few hundred bytes, where the record is kilobytes)
 *   pages.v8          per page written: the fingerprint of its data and the file's identity
 * Everything is keyed by the code version and the data files, so a change to either starts afresh.
 * The cache only saves work: deleting it makes the next build a cold one, never a wrong one.
 */
import { closeSync, existsSync, openSync, readFileSync, readSync, writeFileSync } from "node:fs";
import { mkdir, readdir, rename, rm, unlink, writeFile } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import { DefaultDeserializer, DefaultSerializer, serialize } from "node:v8";
import type { Diagnostic } from "../archive/types.ts";
import type { ArticleFacts, ArticleMentions, ParagraphView } from "../site/types.ts";
import type { ArticleRecord } from "../archive/types.ts";

/** What the cache knows of one article file. */
export interface FileEntry {
  /** Size in bytes when last read. */
  size: number;
  /** Modification time (ms) when last read. */
  mtimeMs: number;
  /** Inode when last read. */
  ino: number;
  /** Key of the file version: hash of the context, path and content. */
  key: string;
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

/** Path of a stored record's mentions. */
const mentionsPath = (cache: string, key: string): string =>
  join(recordsDir(cache), `${key}${MENTIONS_SUFFIX}`);
const MENTIONS_SUFFIX = ".mentions.v8";

/**
 * Node's `v8.deserialize`, except that typed arrays get memory of their own. Node's makes them
 * views into the buffer it reads, so a file's few hundred thousand word-count arrays kept the
 * whole file in memory: 900 MB at 100,000 articles, long after the rest of it was garbage.
 */
function deserialize(buffer: Buffer): unknown {
  const reader = new OwningDeserializer(buffer);
  reader.readHeader();
  return reader.readValue();
}

class OwningDeserializer extends DefaultDeserializer {
  /** A typed array (or Buffer, or DataView), copied out of the buffer. */
  _readHostObject(): unknown {
    const read = (DefaultDeserializer.prototype as unknown as { _readHostObject(): unknown })
      ._readHostObject;
    const view = read.call(this) as ArrayBufferView;
    const bytes = new Uint8Array(view.byteLength);
    bytes.set(new Uint8Array(view.buffer, view.byteOffset, view.byteLength));
    if (Buffer.isBuffer(view)) return Buffer.from(bytes.buffer);
    return new (view.constructor as new (b: ArrayBuffer) => ArrayBufferView)(bytes.buffer);
  }
}

/** Writes a stored record and its mentions (in a worker or the main thread). */
export function storeArticle(
  cache: string,
  key: string,
  entry: StoredArticle,
  mentions: ArticleMentions,
): void {
  writeFileSync(recordPath(cache, key), serialize(entry));
  writeFileSync(mentionsPath(cache, key), serialize(mentions));
}

/**
 * Reads a stored record. Synchronous: a record is a few kilobytes, and a page render or an indexer
 * reading thousands of them spent more on the promise and the thread pool than on the read.
 */
export function readStoredArticle(cache: string, key: string): StoredArticle {
  return deserialize(readFileSync(recordPath(cache, key))) as StoredArticle;
}

/** Reads the sentences of a stored record that mention people and places. */
export function readStoredMentions(cache: string, key: string): ArticleMentions {
  return deserialize(readFileSync(mentionsPath(cache, key))) as ArticleMentions;
}

/**
 * Reads a cache file written by `writeCacheFile`, or null when it is absent, unreadable or for
 * another context. The context comes first in the file and is read on its own: after a change of
 * code, the 100,000-article file index (half a gigabyte) took 13 s and 1.8 GB to decode only to
 * be thrown away.
 */
export function readCacheFile<T>(cache: string, name: string, context: string): T | null {
  const path = join(cache, name);
  if (!existsSync(path)) return null;
  try {
    const head = Buffer.alloc(CONTEXT_BYTES);
    const fd = openSync(path, "r");
    try {
      readSync(fd, head, 0, head.length, 0);
    } finally {
      closeSync(fd);
    }
    const first = new DefaultDeserializer(head);
    first.readHeader();
    if (first.readValue() !== context) return null;
    const reader = new OwningDeserializer(readFileSync(path));
    reader.readHeader();
    reader.readValue();
    return reader.readValue() as T;
  } catch {
    return null; // a damaged cache (or one in an older format) is no cache
  }
}

/** Bytes that hold a cache file's header and context (a short fingerprint). */
const CONTEXT_BYTES = 256;

/** Writes a cache file atomically (a half-written file is never read): its context, then its value. */
export async function writeCacheFile(
  cache: string,
  name: string,
  context: string,
  value: unknown,
): Promise<void> {
  if (context.length > CONTEXT_BYTES / 2) throw new Error(`cache context too long: ${context}`);
  await mkdir(cache, { recursive: true });
  const path = join(cache, name);
  const writer = new DefaultSerializer();
  writer.writeHeader();
  writer.writeValue(context);
  writer.writeValue(value);
  await writeFile(`${path}.tmp`, writer.releaseBuffer());
  await rename(`${path}.tmp`, path);
}

/** Removes stored records no file version uses any more. */
export async function pruneRecords(cache: string, keep: ReadonlySet<string>): Promise<void> {
  const names = await readdir(recordsDir(cache)).catch(() => [] as string[]);
  await Promise.all(
    names
      .filter((n) => !keep.has(n.slice(0, n.indexOf(".")))) // `<key>.v8`, `<key>.mentions.v8`
      .map((n) => unlink(join(recordsDir(cache), n)).catch(() => {})),
  );
}

/** Empties the cache folder (used when the context changes). */
export async function clearCache(cache: string): Promise<void> {
  await rm(cache, { recursive: true, force: true });
  await mkdir(recordsDir(cache), { recursive: true });
}
