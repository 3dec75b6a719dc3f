import assert from "node:assert/strict";
import { mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, describe, it } from "node:test";
import type { FileEntry, FileIndex } from "../../src/pipeline/article-cache.ts";
import {
  INDEX_PARTS,
  indexPartFile,
  indexPartOf,
  readFileIndex,
  writeFileIndex,
} from "../../src/pipeline/file-index.ts";

/** An entry of an unparsed file: enough to tell entries apart. */
const entry = (key: string): FileEntry => ({
  size: key.length,
  mtimeMs: 1,
  ino: 2,
  fileKey: `file-${key}`,
  span: { from: null, until: null },
  key,
  facts: null,
  terms: null,
  diagnostics: [],
});

/** Paths spread over every part. */
const paths = Array.from({ length: 200 }, (_, i) => `/archive/articles/story-${i}.txt`);

/** The inode of each part's file and the vocabulary's (a rewrite renames a new file in). */
function inodes(cache: string): number[] {
  return [
    ...Array.from({ length: INDEX_PARTS }, (_, p) => statSync(join(cache, indexPartFile(p))).ino),
    statSync(join(cache, "files.words.v8")).ino,
  ];
}

/** The parts (and, as `INDEX_PARTS`, the vocabulary) whose file a change of `read` into `next` wrote again. */
async function rewrittenBy(cache: string, read: FileIndex, next: FileIndex): Promise<number[]> {
  const before = inodes(cache);
  await writeFileIndex(cache, "ctx", next, read);
  return inodes(cache).flatMap((ino, i) => (ino !== before[i] ? [i] : []));
}

describe("the file index in parts", () => {
  const root = mkdtempSync(join(tmpdir(), "file-index-"));
  after(() => rmSync(root, { recursive: true, force: true }));
  let n = 0;
  const fresh = (): string => join(root, `cache-${n++}`);
  const index = (): FileIndex => ({
    files: Object.fromEntries(paths.map((p) => [p, entry(p)])),
    words: ["alpha", "beta"],
  });

  it("spreads paths over every part", () => {
    assert.equal(new Set(paths.map(indexPartOf)).size, INDEX_PARTS);
  });

  it("reads back what it wrote, for its context only", async () => {
    const cache = fresh();
    await writeFileIndex(cache, "ctx", index(), null);
    assert.deepEqual(readFileIndex(cache, "ctx"), index());
    assert.equal(readFileIndex(cache, "other"), null);
    assert.equal(readFileIndex(fresh(), "ctx"), null);
  });

  it("writes again only the part of a changed entry, and the vocabulary only when it grew", async () => {
    const cache = fresh();
    await writeFileIndex(cache, "ctx", index(), null);
    const read = readFileIndex(cache, "ctx")!;
    const changed = paths[7]!;
    const next = { files: { ...read.files, [changed]: entry("new") }, words: read.words };
    assert.deepEqual(await rewrittenBy(cache, read, next), [indexPartOf(changed)]);
    assert.deepEqual(readFileIndex(cache, "ctx"), next);

    const grown = { files: next.files, words: [...next.words, "gamma"] };
    assert.deepEqual(await rewrittenBy(cache, next, grown), [INDEX_PARTS]);
    assert.deepEqual(readFileIndex(cache, "ctx")?.words, ["alpha", "beta", "gamma"]);
  });

  it("writes again the part of a removed entry, which is then gone", async () => {
    const cache = fresh();
    await writeFileIndex(cache, "ctx", index(), null);
    const read = readFileIndex(cache, "ctx")!;
    const removed = paths[11]!;
    const files = { ...read.files };
    delete files[removed];
    const rewritten = await rewrittenBy(cache, read, { files, words: read.words });
    assert.deepEqual(rewritten, [indexPartOf(removed)]);
    assert.equal(readFileIndex(cache, "ctx")?.files[removed], undefined);
    assert.equal(Object.keys(readFileIndex(cache, "ctx")!.files).length, paths.length - 1);
  });

  it("reads a missing part as empty, keeping the others", async () => {
    const cache = fresh();
    await writeFileIndex(cache, "ctx", index(), null);
    rmSync(join(cache, indexPartFile(3)));
    const read = readFileIndex(cache, "ctx")!;
    const lost = paths.filter((p) => indexPartOf(p) === 3);
    assert.ok(lost.length > 0);
    assert.equal(Object.keys(read.files).length, paths.length - lost.length);
    for (const p of lost) assert.equal(read.files[p], undefined);
  });
});
