import assert from "node:assert/strict";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, describe, it } from "node:test";
import { serialize } from "node:v8";
import {
  clearCache,
  DamagedCacheError,
  damagedRecordKey,
  readCacheFile,
  readStoredArticle,
  recordPath,
  recordsDir,
  storeArticle,
  writeCacheFile,
  type StoredArticle,
} from "../../src/pipeline/article-cache.ts";
import { mentionsReader } from "../../src/pipeline/mentions-reader.ts";
import type { ArticleMentions } from "../../src/site/types.ts";

describe("article cache", () => {
  const cache = mkdtempSync(join(tmpdir(), "article-cache-"));
  after(() => rmSync(cache, { recursive: true, force: true }));

  it("reads back what it wrote, for its context only", async () => {
    const value = { files: { "a.txt": { key: "k", n: [1, "two", null] } }, words: ["x"] };
    await writeCacheFile(cache, "t.v8", "ctx", value);
    assert.deepEqual(readCacheFile(cache, "t.v8", "ctx"), value);
    assert.equal(readCacheFile(cache, "t.v8", "other"), null);
    assert.equal(readCacheFile(cache, "absent.v8", "ctx"), null);
  });

  // Regression: Node's deserializer made typed arrays views into the file's buffer, so keeping
  // the word counts kept the whole file (900 MB at 100,000 articles).
  it("gives typed arrays memory of their own, not a view into the file read", async () => {
    const filler = "x".repeat(100_000);
    const value = {
      filler,
      terms: [new Uint32Array([1, 2, 3, 4]), new Float64Array([0.5])],
      bytes: Buffer.from("abc"),
      view: new DataView(new Uint8Array([9, 8, 7, 6]).buffer),
    };
    await writeCacheFile(cache, "typed.v8", "ctx", value);
    const back = readCacheFile<typeof value>(cache, "typed.v8", "ctx")!;
    assert.deepEqual([...back.terms[0]!], [1, 2, 3, 4]);
    assert.equal(back.terms[0]!.buffer.byteLength, 16);
    assert.deepEqual([...back.terms[1]!], [0.5]);
    assert.equal(back.terms[1]!.buffer.byteLength, 8);
    assert.ok(Buffer.isBuffer(back.bytes));
    assert.equal(back.bytes.toString(), "abc");
    assert.equal(back.bytes.buffer.byteLength, 3);
    assert.equal(back.view.getUint8(0), 9);
    assert.equal(back.view.buffer.byteLength, 4);
  });

  // Regression: the context was checked only after the whole file was decoded, so a build after
  // a change of code spent 13 s and 1.8 GB decoding 100,000 articles' facts it then threw away.
  it("keeps the context first, readable without decoding the value", async () => {
    await writeCacheFile(cache, "big.v8", "ctx", { filler: "y".repeat(1_000_000) });
    const head = JSON.parse(readFileSync(join(cache, "big.v8")).subarray(0, 256).toString());
    assert.equal(head.context, "ctx");
    // The value after the context is damaged: the file still reads as absent, not as an error.
    const damaged = readFileSync(join(cache, "big.v8"));
    damaged.fill(0xff, 300);
    writeFileSync(join(cache, "big.v8"), damaged);
    assert.equal(readCacheFile(cache, "big.v8", "other"), null);
    assert.equal(readCacheFile(cache, "big.v8", "ctx"), null);
  });

  it("reads a file in the earlier one-value format as absent", () => {
    writeFileSync(join(cache, "old.v8"), serialize({ context: "ctx", value: { a: 1 } }));
    assert.equal(readCacheFile(cache, "old.v8", "ctx"), null);
  });

  // Issue 13: a truncated or damaged cache file made every later build fail until the cache was
  // deleted by hand. Each kind of damage must read as absent, never as an error or as wrong data.
  for (const [name, damage] of [
    ["truncated", (b: Buffer): Buffer => b.subarray(0, Math.floor(b.length / 2))],
    ["cut inside its head", (b: Buffer): Buffer => b.subarray(0, 40)],
    ["one byte of the value changed", (b: Buffer): Buffer => ((b[b.length - 3]! ^= 1), b)],
    ["emptied", (): Buffer => Buffer.alloc(0)],
    ["random bytes", (b: Buffer): Buffer => Buffer.from(b.map((_, i) => (i * 7919) % 251))],
  ] as const) {
    it(`reads a cache file ${name} as absent`, async () => {
      await writeCacheFile(cache, "d.v8", "ctx", { words: ["alpha", "beta"], n: 12345 });
      const path = join(cache, "d.v8");
      writeFileSync(path, damage(readFileSync(path)));
      assert.equal(readCacheFile(cache, "d.v8", "ctx"), null);
    });
  }

  it("throws DamagedCacheError, naming the key, for a damaged or missing record", () => {
    const records = mkdtempSync(join(tmpdir(), "records-"));
    after(() => rmSync(records, { recursive: true, force: true }));
    mkdirSync(recordsDir(records), { recursive: true });
    const entry = { record: { headline: "A" }, paragraphs: [] } as unknown as StoredArticle;
    const said = [{ anchor: "p1s1", sentence: "Ana spoke." }];
    const mentions: ArticleMentions = { people: { ana: said }, places: {}, organisations: {} };
    storeArticle(records, "abc123", entry, mentions);
    assert.deepEqual(readStoredArticle(records, "abc123"), entry);
    assert.deepEqual(mentionsReader(records)("abc123", "people", "ana"), said);
    const path = recordPath(records, "abc123");
    const bytes = readFileSync(path);
    bytes[bytes.indexOf("headline") + 1]! ^= 0x20; // one flipped bit inside the record's part
    writeFileSync(path, bytes);
    assert.throws(
      () => readStoredArticle(records, "abc123"),
      (e: unknown) => e instanceof DamagedCacheError && damagedRecordKey(e) === "abc123",
    );
    assert.throws(() => mentionsReader(records)("absent", "people", "ana"), DamagedCacheError);
    // The mentions are a part of their own, with their own checksum: still read whole.
    assert.deepEqual(mentionsReader(records)("abc123", "people", "ana"), said);
    writeFileSync(path, bytes.subarray(0, bytes.length - 1)); // cut short: the mentions' part is
    assert.throws(() => mentionsReader(records)("abc123", "people", "ana"), DamagedCacheError);
  });

  it("empties only a cache folder a build made", async () => {
    const notes = mkdtempSync(join(tmpdir(), "notes-"));
    after(() => rmSync(notes, { recursive: true, force: true }));
    writeFileSync(join(notes, "todo.md"), "keep me");
    await assert.rejects(clearCache(notes), /not made by a build/);
    assert.equal(readFileSync(join(notes, "todo.md"), "utf8"), "keep me");
    await writeCacheFile(join(notes, "cache"), "x.v8", "ctx", 1);
    await clearCache(join(notes, "cache"));
    assert.equal(readCacheFile(join(notes, "cache"), "x.v8", "ctx"), null);
  });
});
