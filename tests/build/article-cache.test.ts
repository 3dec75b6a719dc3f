import assert from "node:assert/strict";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, describe, it } from "node:test";
import { DefaultDeserializer, serialize } from "node:v8";
import { readCacheFile, writeCacheFile } from "../../src/build/article-cache.ts";

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
    const head = new DefaultDeserializer(readFileSync(join(cache, "big.v8")).subarray(0, 256));
    head.readHeader();
    assert.equal(head.readValue(), "ctx");
    // The value after the context is damaged: the file still reads as absent, not as an error.
    const damaged = readFileSync(join(cache, "big.v8"));
    damaged.fill(0xff, 64);
    writeFileSync(join(cache, "big.v8"), damaged);
    assert.equal(readCacheFile(cache, "big.v8", "other"), null);
    assert.equal(readCacheFile(cache, "big.v8", "ctx"), null);
  });

  it("reads a file in the earlier one-value format as absent", () => {
    writeFileSync(join(cache, "old.v8"), serialize({ context: "ctx", value: { a: 1 } }));
    assert.equal(readCacheFile(cache, "old.v8", "ctx"), null);
  });
});
