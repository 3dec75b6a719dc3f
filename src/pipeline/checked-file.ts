/**
 * Values written with a checksum and read back whole or not at all: a file cut short, emptied or
 * changed by one bit is never decoded into data a page is made from (issue 13).
 */
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { DefaultDeserializer } from "node:v8";

/**
 * Node's `v8.deserialize`, except that typed arrays get memory of their own. Node's makes them
 * views into the buffer it reads, so a file's few hundred thousand word-count arrays kept the
 * whole file in memory: 900 MB at 100,000 articles, long after the rest of it was garbage.
 */
export function deserialize(buffer: Buffer): unknown {
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

/** A stored record that cannot be read as it was written: missing, truncated or damaged. */
export class DamagedCacheError extends Error {
  /** Key of the file version whose record is damaged. */
  readonly key: string;
  constructor(key: string, path: string) {
    super(`${DAMAGED_RECORD} ${key} (${path})`);
    this.name = "DamagedCacheError";
    this.key = key;
  }
}

/** Start of a `DamagedCacheError`'s message, by which it is known after crossing a worker's edge. */
const DAMAGED_RECORD = "damaged cache record";

/**
 * The key of a damaged record an error reports, or null. Known by its message, which survives where
 * its class does not: a worker thread's error, or one Eleventy wrapped (found through `cause`).
 */
export function damagedRecordKey(error: unknown): string | null {
  for (let e = error, depth = 0; e != null && depth < 8; depth++) {
    const message = e instanceof Error ? e.message : String(e);
    const key = DAMAGED_KEY.exec(message)?.[1];
    if (key) return key;
    e =
      (e as { cause?: unknown; originalError?: unknown }).cause ??
      (e as { originalError?: unknown }).originalError;
  }
  return null;
}
const DAMAGED_KEY = new RegExp(`${DAMAGED_RECORD} ([0-9a-f]+)`);

/** Bytes of a checksum. */
const SUM_BYTES = 20;
/** Bytes before each part's value: its length and its checksum. */
const PART_HEAD = 4 + SUM_BYTES;
export const checksum = (bytes: Uint8Array): Buffer => createHash("sha1").update(bytes).digest();

/**
 * Parts in one buffer, each with its length and its checksum before its bytes, to be read back one
 * at a time with `readCheckedBytes`: one file written where there were several, and a reader
 * checks only the part it asks for.
 */
export function withChecksums(...parts: Uint8Array[]): Buffer {
  const out: Uint8Array[] = [];
  for (const bytes of parts) {
    const length = Buffer.alloc(4);
    length.writeUInt32LE(bytes.length);
    out.push(length, checksum(bytes), bytes);
  }
  return Buffer.concat(out);
}

/** The bytes of part `index` of a file written with `withChecksums`; throws `DamagedCacheError` if that part is not intact. */
export function readCheckedBytes(path: string, key: string, index = 0): Buffer {
  try {
    const file = readFileSync(path);
    for (let at = 0, part = 0; at + PART_HEAD <= file.length; part++) {
      const start = at + PART_HEAD;
      const end = start + file.readUInt32LE(at);
      if (end > file.length) break;
      if (part === index) {
        const bytes = file.subarray(start, end);
        if (!checksum(bytes).equals(file.subarray(at + 4, start))) break;
        return bytes;
      }
      at = end;
    }
    throw new Error("cut short or damaged");
  } catch {
    throw new DamagedCacheError(key, path);
  }
}

/** Reads part `index` of a file written with `withChecksums`; throws `DamagedCacheError` if it is not intact. */
export function readChecked(path: string, key: string, index = 0): unknown {
  return decodeChecked(readCheckedBytes(path, key, index), path, key);
}

/** Decodes bytes `readCheckedBytes` returned; throws `DamagedCacheError` if they do not decode. */
function decodeChecked(bytes: Buffer, path: string, key: string): unknown {
  try {
    return deserialize(bytes);
  } catch {
    throw new DamagedCacheError(key, path);
  }
}
