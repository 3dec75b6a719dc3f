import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { decodeArticleBytes, MAX_ARTICLE_BYTES } from "../../src/archive/decode.ts";

const bytes = (s: string): Uint8Array => new TextEncoder().encode(s);
const decode = (b: Uint8Array): ReturnType<typeof decodeArticleBytes> =>
  decodeArticleBytes("a.txt", b);

describe("decodeArticleBytes", () => {
  it("drops a UTF-8 byte-order mark", () =>
    assert.deepEqual(decode(new Uint8Array([0xef, 0xbb, 0xbf, ...bytes("Hi")])), {
      ok: true,
      text: "Hi",
    }));
  it("turns CRLF and lone CR into LF", () =>
    assert.deepEqual(decode(bytes("a\r\nb\rc")), { ok: true, text: "a\nb\nc" }));
  it("refuses UTF-16 with a fix", () => {
    const r = decode(new Uint8Array([0xff, 0xfe, 0x48, 0x00]));
    assert.equal(r.ok, false);
    if (!r.ok) assert.match(r.error.message + r.error.fix, /UTF-16.*UTF-8/s);
  });
  it("names the line of the first byte that is not UTF-8", () => {
    const r = decode(new Uint8Array([...bytes("Title\n\nCaf"), 0xe9, ...bytes(" con leche\n")]));
    assert.equal(r.ok, false);
    if (!r.ok) {
      assert.equal(r.error.line, 3);
      assert.equal(r.error.code, "not-utf8");
      assert.match(r.error.message, /0xe9/);
    }
  });
  it("refuses binary files", () =>
    assert.equal(decode(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0])).ok, false));
  it("refuses empty and blank files", () => {
    assert.equal(decode(new Uint8Array()).ok, false);
    assert.equal(decode(bytes(" \n\t\n")).ok, false);
  });
  it("refuses files over the size cap, saying the limit", () => {
    const r = decode(new Uint8Array(MAX_ARTICLE_BYTES + 1).fill(0x61));
    assert.equal(r.ok, false);
    if (!r.ok) assert.match(r.error.message, new RegExp(String(MAX_ARTICLE_BYTES)));
  });
});
