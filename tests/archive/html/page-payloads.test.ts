/**
 * A saved page's payloads dropped before it is parsed (#15 item 2): scripts but JSON-LD, styles,
 * SVG images, `<noscript>` and long `data:` URIs, each leaving its line breaks.
 */
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { withoutPayloads } from "../../../src/archive/html/page-payloads.ts";

const IMAGE = "iVBORw0KGgo".repeat(100);

describe("withoutPayloads", () => {
  it("empties styles, scripts, SVG images and noscript, keeping their line breaks", () =>
    assert.equal(
      withoutPayloads(
        `<style>\nbody{color:red}\n</style><script src="a.js">run()\n</script>` +
          `<SVG viewBox="0 0 1 1"><path d="M0 0"/></svg><noscript><img src=a.png></noscript><p>Text</p>`,
      ),
      `<style>\n\n</style><script src="a.js">\n</script><SVG viewBox="0 0 1 1"></svg><noscript></noscript><p>Text</p>`,
    ));

  it("keeps JSON-LD, typed or a schema.org object without a type", () => {
    const page =
      `<script type="application/ld+json">{"headline":"A"}</script>` +
      `<script>{"@context":"https://schema.org","headline":"B"}</script>`;
    assert.equal(withoutPayloads(page), page);
  });

  it("drops a nested SVG image whole, a self-closed one being no element to close", () =>
    assert.equal(
      withoutPayloads(`<svg><svg/><svg><g/></svg><text>x</text></svg><p>After</p>`),
      `<svg></svg><p>After</p>`,
    ));

  it("reads a tag named in a comment or in a quoted attribute as no tag", () => {
    const page = `<!-- <script> --><p title="a>b">Kept <b>text</b></p><!-- </script> -->`;
    assert.equal(withoutPayloads(page), page);
  });

  it("leaves an element that is never closed to the parser", () => {
    const page = `<p>Text</p><style>p{}`;
    assert.equal(withoutPayloads(page), page);
  });

  it("drops the data of a long data: URI, not a short one or words", () => {
    const short = `<img src="data:image/gif;base64,R0lGOD"><p>Open data: the figures</p>`;
    assert.equal(withoutPayloads(short), short);
    assert.equal(
      withoutPayloads(`<img src="data:image/png;base64,${IMAGE}" alt="Harbour">`),
      `<img src="data:," alt="Harbour">`,
    );
  });
});
