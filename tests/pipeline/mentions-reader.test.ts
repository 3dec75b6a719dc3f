import assert from "node:assert/strict";
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, describe, it } from "node:test";
import {
  DamagedCacheError,
  recordsDir,
  storeArticle,
  type StoredArticle,
} from "../../src/pipeline/article-cache.ts";
import { mentionsReader } from "../../src/pipeline/mentions-reader.ts";
import type { ArticleMentions } from "../../src/site/types.ts";

describe("mentions reader", () => {
  const records = mkdtempSync(join(tmpdir(), "mentions-"));
  after(() => rmSync(records, { recursive: true, force: true }));
  mkdirSync(recordsDir(records), { recursive: true });
  const entry = { record: { headline: "A" }, paragraphs: [] } as unknown as StoredArticle;
  const said = (who: string): ArticleMentions["people"][string] => [
    { anchor: "p1s1", sentence: `${who} spoke.` },
  ];
  const mentioning = (who: string): ArticleMentions => ({
    people: { [who]: said(who) },
    places: {},
    organisations: {},
  });
  storeArticle(records, "k1", entry, mentioning("ana"));
  storeArticle(records, "k2", entry, mentioning("ben"));

  it("reads mentions again from memory, and from the file once more than its bytes are kept", () => {
    const remembering = mentionsReader(records);
    const forgetting = mentionsReader(records, 1);
    for (const read of [remembering, forgetting]) {
      assert.deepEqual(read("k1", "people", "ana"), said("ana"));
      assert.deepEqual(read("k2", "people", "ben"), said("ben"));
    }
    // The files go: the remembering reader still has both, the one that keeps 1 byte has neither.
    rmSync(recordsDir(records), { recursive: true, force: true });
    assert.deepEqual(remembering("k1", "people", "ana"), said("ana"));
    assert.deepEqual(remembering("k2", "people", "ben"), said("ben"));
    assert.throws(() => forgetting("k1", "people", "ana"), DamagedCacheError);
    // Each read decodes afresh: a page that changes what it was given changes no other page.
    remembering("k1", "people", "ana").length = 0;
    assert.deepEqual(remembering("k1", "people", "ana"), said("ana"));
    // A name the article does not mention has no sentences in it.
    assert.deepEqual(remembering("k1", "people", "ben"), []);
  });
});
