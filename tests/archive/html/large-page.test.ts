/**
 * A page saved whole, with its images and styles inlined, is read (#15 item 2): a saved page may
 * be far larger than a text article; over its own limit it is refused with a fix.
 */
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import {
  decodeArticleBytes,
  MAX_ARTICLE_BYTES,
  MAX_SAVED_PAGE_BYTES,
} from "../../../src/archive/decode.ts";
import { loadHtmlBytes } from "../../../src/archive/html/load-html.ts";

const NOW = new Date("2026-12-01T12:00:00Z");
const bytes = (s: string): Uint8Array => new TextEncoder().encode(s);

/** A page of about 5 MB: a 3 MB inline base64 image and a 2 MB inline style around a short article. */
function savedWholePage(): string {
  const image = "iVBORw0KGgoAAAANSUhEUgAA".repeat(131_072);
  const style = ".teaser{margin:0 auto;font:12px/1.4 serif}\n".repeat(48_000);
  const paragraphs = [1, 2, 3, 4]
    .map(
      (i) =>
        `<p>Paragraph ${i}: the harbour authority said on Tuesday that the new breakwater would protect the fishing fleet through the winter storms.</p>`,
    )
    .join("\n");
  return (
    `<!doctype html><html lang="en"><head><title>Harbour gets a wall | Daily Example</title>` +
    `<style>${style}</style></head><body><article><h1>Harbour gets a wall</h1>` +
    `<img src="data:image/png;base64,${image}" alt="The harbour">\n${paragraphs}</article></body></html>`
  );
}

describe("a page saved with its media inlined", () => {
  it("is read, past the text limit, with its headline and body", () => {
    const page = bytes(savedWholePage());
    assert.ok(page.length > 2 * MAX_ARTICLE_BYTES);
    const { record, diagnostics } = loadHtmlBytes("articles/harbour.html", page, null, NOW);
    assert.deepEqual(
      diagnostics.filter((d) => d.severity === "error"),
      [],
    );
    assert.equal(record?.headline, "Harbour gets a wall");
    assert.equal(record?.paragraphs.length, 4);
    assert.match(record?.body ?? "", /^Paragraph 1: the harbour authority/);
    assert.doesNotMatch(record?.body ?? "", /iVBOR|margin/);
  });

  it("is refused over the saved-page limit, saying the limit and how to save it smaller", () => {
    const page = new Uint8Array(MAX_SAVED_PAGE_BYTES + 1).fill(0x61);
    const { record, diagnostics } = loadHtmlBytes("articles/huge.html", page, null, NOW);
    assert.equal(record, null);
    const [error] = diagnostics;
    assert.equal(error?.code, "file-too-large");
    assert.equal(error?.path, "articles/huge.html");
    assert.match(error?.message ?? "", new RegExp(`${MAX_SAVED_PAGE_BYTES}-byte \\(64\\.0 MiB\\)`));
    assert.match(error?.fix ?? "", /without its media/);
  });

  it("leaves a text article's limit as it was", () => {
    const over = new Uint8Array(MAX_ARTICLE_BYTES + 1).fill(0x61);
    const text = decodeArticleBytes("articles/a.txt", over);
    assert.equal(text.ok ? "" : text.error.code, "file-too-large");
    assert.equal(decodeArticleBytes("articles/a.htm", over).ok, true);
  });
});
