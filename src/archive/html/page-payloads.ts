/**
 * A saved page less its payloads, before it is parsed: the content of `<script>`, `<style>`,
 * `<svg>` and `<noscript>` and the data of long `data:` URIs. A page saved whole (SingleFile,
 * "Save Page As, complete") inlines its images, fonts and styles, 3–30 MB for one article, none
 * of which is article text; dropped first, they never become a tree (#15 item 2). Each dropped
 * run leaves its line breaks, so a fact found in the page keeps its line. One pass over the text
 * with literal searches (`indexOf`, sticky regexes of plain words): linear time, nothing that can
 * backtrack.
 */

/** Elements whose content is dropped. */
type Dropped = "script" | "style" | "svg" | "noscript";

/** The start of a comment or of an element whose content is dropped. */
const OPENING = /<!--|<(script|style|svg|noscript)(?=[\s/>])/gi;

/** The start of an end tag of each dropped element, searched from a position on. */
const CLOSING: Record<Dropped, RegExp> = {
  script: /<\/script(?=[\s/>])/gi,
  style: /<\/style(?=[\s/>])/gi,
  svg: /<(\/?)svg(?=[\s/>])/gi,
  noscript: /<\/noscript(?=[\s/>])/gi,
};

/**
 * Fewest characters of a `data:` URI whose data is dropped: an inlined image or font. A run of
 * text this long with no space, quote or bracket is never prose.
 */
const MIN_DATA_URI_CHARS = 256;

/** The line breaks of a text, and nothing else. */
function lineBreaksOf(text: string): string {
  let n = 0;
  for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) n++;
  return "\n".repeat(n);
}

/** Position of the `>` that ends the tag opened at `from`, quotes respected; -1 if none. */
function tagEnd(html: string, from: number): number {
  let quote = 0;
  for (let i = from; i < html.length; i++) {
    const c = html.charCodeAt(i);
    if (quote !== 0) {
      if (c === quote) quote = 0;
    } else if (c === 0x22 || c === 0x27) quote = c;
    else if (c === 0x3e) return i;
  }
  return -1;
}

/** True when a script holds JSON-LD, which json-ld.ts reads: it is kept. */
function isJsonLd(openTag: string, content: string): boolean {
  const type = /\stype\s*=\s*["']?([^"'\s>]*)/i.exec(openTag)?.[1]?.toLowerCase() ?? "";
  return (
    type.startsWith("application/ld+json") || (type === "" && /^\s*\{\s*"@context"/.test(content))
  );
}

/** Where the content of a dropped element opened at `from` ends (its end tag's `<`); -1 if never. */
function contentEnd(html: string, name: Dropped, from: number): number {
  const closing = CLOSING[name];
  closing.lastIndex = from;
  if (name !== "svg") return closing.exec(html)?.index ?? -1;
  // An `<svg>` may hold another one: count them, a self-closed one (`<svg/>`) not.
  let depth = 1;
  for (let m = closing.exec(html); m !== null; m = closing.exec(html)) {
    if (m[1] === "/") depth--;
    else {
      const end = tagEnd(html, m.index + 4);
      if (end === -1) return -1;
      if (html.charCodeAt(end - 1) !== 0x2f) depth++;
      closing.lastIndex = end + 1;
    }
    if (depth === 0) return m.index;
  }
  return -1;
}

/** The page without the content of its scripts (but JSON-LD), styles, SVG images and `<noscript>`s. */
function withoutDroppedElements(html: string): string {
  const parts: string[] = [];
  let kept = 0;
  OPENING.lastIndex = 0;
  for (let m = OPENING.exec(html); m !== null; m = OPENING.exec(html)) {
    if (m[1] === undefined) {
      // A comment: a tag named in it is no tag.
      const end = html.indexOf("-->", m.index + 4);
      if (end === -1) break;
      OPENING.lastIndex = end + 3;
      continue;
    }
    const name = m[1].toLowerCase() as Dropped;
    const open = tagEnd(html, m.index + m[0].length);
    if (open === -1) break;
    OPENING.lastIndex = open + 1;
    if (name === "svg" && html.charCodeAt(open - 1) === 0x2f) continue;
    const close = contentEnd(html, name, open + 1);
    // Never closed: left to the parser, which keeps what it makes of it.
    if (close === -1) break;
    OPENING.lastIndex = close;
    const content = html.slice(open + 1, close);
    if (name === "script" && isJsonLd(html.slice(m.index, open + 1), content)) continue;
    parts.push(html.slice(kept, open + 1), lineBreaksOf(content));
    kept = close;
  }
  parts.push(html.slice(kept));
  return parts.join("");
}

/** True when a character ends a `data:` URI: a quote, a bracket, an angle bracket, white space. */
function endsDataUri(c: number): boolean {
  return (
    c === 0x22 || c === 0x27 || c === 0x28 || c === 0x29 || c === 0x3c || c === 0x3e || c <= 0x20
  );
}

/** The page with each long `data:` URI's data dropped: `src="data:,"` remains. */
function withoutDataUris(html: string): string {
  const parts: string[] = [];
  let kept = 0;
  for (let at = html.indexOf("data:"); at !== -1; at = html.indexOf("data:", at + 1)) {
    let end = at + 5;
    while (end < html.length && !endsDataUri(html.charCodeAt(end))) end++;
    if (end - at < MIN_DATA_URI_CHARS) continue;
    parts.push(html.slice(kept, at), "data:,");
    kept = end;
    at = end - 1;
  }
  parts.push(html.slice(kept));
  return parts.join("");
}

/** The page's text less its payloads (see the header); lines stay where they were. */
export function withoutPayloads(html: string): string {
  return withoutDataUris(withoutDroppedElements(html));
}
