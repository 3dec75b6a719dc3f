/**
 * The file index (what the cache knows of each article file, see article-cache.ts) kept in parts:
 * the vocabulary in `files.words.v8`, the entries in `files.<n>.v8` by a hash of their path. A
 * build writes only the parts it changed: adding one article to 10,000 rewrote the whole 43 MB
 * index (a third of a second of serialising, hashing and writing), where one part is a 32nd.
 *
 * Written vocabulary first: word numbers only grow, so entries of an older part stay readable with
 * a newer vocabulary if a build stops between the two. A part that is missing, damaged or of
 * another context is read as empty: its files are parsed again, nothing else is lost.
 */
import { readCacheFile, writeCacheFile, type FileEntry, type FileIndex } from "./article-cache.ts";

/** Parts the entries are spread over: a few hundred entries each at 10,000 articles. */
export const INDEX_PARTS = 32;

/** Name of the vocabulary's file. */
const WORDS_FILE = "files.words.v8";

/** Name of a part's file. */
export const indexPartFile = (part: number): string => `files.${String(part).padStart(2, "0")}.v8`;

/** The part that holds a path's entry (FNV-1a of its UTF-16 code units). */
export function indexPartOf(path: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < path.length; i++) hash = Math.imul(hash ^ path.charCodeAt(i), 0x01000193);
  return (hash >>> 0) % INDEX_PARTS;
}

/** The index a cache holds for `context`, or null when it has none (or its vocabulary is unreadable). */
export function readFileIndex(cache: string, context: string): FileIndex | null {
  const words = readCacheFile<string[]>(cache, WORDS_FILE, context);
  if (!words) return null;
  const files: Record<string, FileEntry> = {};
  for (let part = 0; part < INDEX_PARTS; part++)
    Object.assign(
      files,
      readCacheFile<Record<string, FileEntry>>(cache, indexPartFile(part), context),
    );
  return { files, words };
}

/**
 * Writes `index`, the parts that differ from `previous` only (what `readFileIndex` returned, or
 * null): a part whose entries are the very objects read, with none added or removed, is kept.
 */
export async function writeFileIndex(
  cache: string,
  context: string,
  index: FileIndex,
  previous: FileIndex | null,
): Promise<void> {
  if (!previous || previous.words.length !== index.words.length)
    await writeCacheFile(cache, WORDS_FILE, context, index.words);
  const parts: Record<string, FileEntry>[] = Array.from({ length: INDEX_PARTS }, () => ({}));
  const changed = new Array<boolean>(INDEX_PARTS).fill(previous === null);
  for (const [path, entry] of Object.entries(index.files)) {
    const part = indexPartOf(path);
    parts[part]![path] = entry;
    if (previous?.files[path] !== entry) changed[part] = true;
  }
  // A part that lost an entry (a file removed) is written too.
  for (const path of Object.keys(previous?.files ?? {}))
    if (!(path in index.files)) changed[indexPartOf(path)] = true;
  await Promise.all(
    parts.map((entries, part) =>
      changed[part] ? writeCacheFile(cache, indexPartFile(part), context, entries) : undefined,
    ),
  );
}
