/**
 * Rendering article text to HTML with markdown-it, `html: false` (any HTML in the text shows as
 * text). A `.txt` article is plain text: the `zero` preset, which only escapes, so `1952. The year…`
 * stays a sentence, not a list. A `.md` article gets inline Markdown (emphasis, links with safe
 * protocols, code); block syntax is not used because the parser already made the paragraphs.
 */
import MarkdownIt from "markdown-it";
import { markSafe, type SafeHtml } from "./raw-html.ts";

const plain = new MarkdownIt("zero", { html: false, linkify: false, typographer: false });
const markdown = new MarkdownIt("commonmark", { html: false, linkify: false, typographer: false });

/** Renders one sentence of an article as inline HTML. */
export function renderSentence(text: string, format: "txt" | "md"): SafeHtml {
  return markSafe((format === "md" ? markdown : plain).renderInline(text));
}
