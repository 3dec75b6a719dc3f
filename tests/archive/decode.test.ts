import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { decodeArticleBytes, MAX_ARTICLE_BYTES } from "../../src/archive/decode.ts";
import { readArticleText } from "../../src/archive/read.ts";

const bytes = (s: string): Uint8Array => new TextEncoder().encode(s);
const decode = (b: Uint8Array): ReturnType<typeof decodeArticleBytes> =>
  decodeArticleBytes("a.txt", b);

describe("decodeArticleBytes", () => {
  it("drops a UTF-8 byte-order mark", () =>
    assert.deepEqual(decode(new Uint8Array([0xef, 0xbb, 0xbf, ...bytes("Hi")])), {
      ok: true,
      text: "Hi",
      warnings: [],
    }));
  it("turns CRLF and lone CR into LF", () =>
    assert.deepEqual(decode(bytes("a\r\nb\rc")), { ok: true, text: "a\nb\nc", warnings: [] }));
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
  it("strips C0 and C1 controls, DEL, U+FFFE and U+FFFF but keeps tab and line feed, with one warning", () => {
    const r = decode(
      bytes(
        "Title\n\tIndented \u001b]0;pwned\u0007text\u001b[8m hidden\u001b[0m\n\u000b\u000c\u007f\u0085\u009b\ufffe\uffff\u0001end\n" +
          "Body text. ".repeat(20),
      ),
    );
    assert.equal(r.ok, true);
    if (!r.ok) return;
    assert.equal(
      r.text,
      "Title\n\tIndented ]0;pwnedtext[8m hidden[0m\nend\n" + "Body text. ".repeat(20),
    );
    assert.deepEqual(
      r.warnings.map((w) => [w.severity, w.path, w.line, w.code]),
      [["warning", "a.txt", 2, "control-characters"]],
    );
    assert.match(`${r.warnings[0]?.message} — ${r.warnings[0]?.fix}`, /removed 12 control .* — /);
  });
  it("still refuses a file full of control bytes as binary", () =>
    assert.equal(decode(bytes("\u001b\u0007\u0001\u0002 text\n".repeat(50))).ok, false));
  it("reads a file with controls in front matter and text into clean text, warning once", () => {
    const r = readArticleText(
      "b.txt",
      bytes("---\nsource: TA\u0007SS\n---\nA \u001b[2Jheadline\u009b for the story\n\nBody text."),
      new Date("2026-11-23T12:00:00Z"),
    );
    assert.equal(r.ok, true);
    if (!r.ok) return;
    assert.equal(r.file.frontMatter.source, "TASS");
    assert.doesNotMatch(r.file.text, /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\ufffe\uffff]/);
    assert.deepEqual(
      r.warnings.map((w) => `${w.path}:${w.line}:${w.code}`),
      ["b.txt:2:control-characters"],
    );
  });
  it("keeps the control-character warning when the file also has errors", () => {
    const r = readArticleText("c.txt", bytes("---\ncolour: r\u001bed\n---\nHeadline\n\nBody."));
    assert.equal(r.ok, false);
    if (r.ok) return;
    assert.deepEqual(r.errors.map((d) => `${d.severity}:${d.code}`).sort(), [
      "error:front-matter-unknown-key",
      "warning:control-characters",
    ]);
  });
});
