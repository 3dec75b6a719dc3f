import assert from "node:assert/strict";
import { describe, it } from "node:test";
import MarkdownIt from "markdown-it";
import { plainInline, renderSentence } from "../../src/site/render-body.ts";

const zero = new MarkdownIt("zero", { html: false, linkify: false, typographer: false });

/** Pieces of text that markup, Markdown or line ends could read as more than text. */
const PIECES = [
  "a",
  " ",
  "\n",
  "\r",
  "\r\n",
  "\0",
  "&",
  "<",
  ">",
  '"',
  "'",
  "*",
  "_",
  "`",
  "[",
  "]",
  "(",
  ")",
  "!",
  "#",
  "\\",
  "-",
  "1.",
  "é",
  "\u00a0",
  "\t",
  "&amp;",
  "&#39;",
  "<b>",
  "😀",
  "\ud800",
  "|",
  "~",
  "=",
  "http://x.example",
  "<script>alert(1)</script>",
];

describe("plainInline", () => {
  it("writes a plain-text sentence exactly as markdown-it's zero preset does", () => {
    // A fixed sequence of mixed pieces (a small linear congruential generator), so a failure repeats.
    let seed = 7;
    const next = (n: number): number => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed % n;
    };
    for (let n = 0; n < 20_000; n++) {
      let text = "";
      for (let i = next(10); i > 0; i--) text += PIECES[next(PIECES.length)];
      assert.equal(plainInline(text), zero.renderInline(text), JSON.stringify(text));
    }
  });

  it("escapes markup and leaves Markdown and apostrophes as text", () => {
    assert.equal(
      renderSentence(`*Tom* & "Jerry's" <b>cat</b>\r\n1952.`, "txt"),
      "*Tom* &amp; &quot;Jerry's&quot; &lt;b&gt;cat&lt;/b&gt;\n1952.",
    );
  });
});
