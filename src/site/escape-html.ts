/**
 * The one escaper for text written into markup: pages (through `renderJsx`), the Atom feed and
 * sitemaps, and the documents Pagefind indexes. The only way around it is `rawHtml` in
 * raw-html.ts. It writes what jsx-async-runtime's `escapeEntities` writes, so pages keep their
 * bytes; `'` becomes `&#39;` everywhere, which XML reads as well as HTML (`&apos;` is not HTML 4).
 */

/** The characters that can end a text or an attribute value, or start an entity or a tag. */
const SPECIAL = /["&'<>]/;

/** `&`, `<`, `>`, `"` and `'` as entities: `Tom & "Jerry's"` → `Tom &amp; &quot;Jerry&#39;s&quot;`. */
export function escapeHtml(text: string): string {
  const first = SPECIAL.exec(text);
  // Most text has nothing to escape: handed back as it is, without a copy.
  if (first === null) return text;
  let out = "";
  let from = 0;
  for (let i = first.index; i < text.length; i++) {
    let entity: string;
    switch (text.charCodeAt(i)) {
      case 38:
        entity = "&amp;";
        break;
      case 60:
        entity = "&lt;";
        break;
      case 62:
        entity = "&gt;";
        break;
      case 34:
        entity = "&quot;";
        break;
      case 39:
        entity = "&#39;";
        break;
      default:
        continue;
    }
    out += text.slice(from, i) + entity;
    from = i + 1;
  }
  return out + text.slice(from);
}
