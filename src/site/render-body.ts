/**
 * Rendering article text to HTML with markdown-it, `html: false` (any HTML in the text shows as
 * text). A `.txt` article is plain text: what the `zero` preset writes, which only escapes, so
 * `1952. The year…` stays a sentence, not a list. A `.md` article gets inline Markdown (emphasis,
 * links with safe protocols, code); block syntax is not used because the parser already made the
 * paragraphs.
 */
import MarkdownIt from "markdown-it";
import { markSafe, type SafeHtml } from "./raw-html.ts";

const markdown = new MarkdownIt("commonmark", { html: false, linkify: false, typographer: false });

/** Characters markdown-it escapes in text (it leaves `'` as it is). */
const ESCAPED = /[&<>"]/g;
const ENTITY: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" };

/**
 * Plain text as markdown-it's `zero` preset renders it inline, without its parser: line ends
 * normalised to `\n`, NUL as U+FFFD, then `& < > "` escaped (every sentence of an archive passes
 * here, and the parser's tokens cost more than the rest of an article's facts' rendering).
 */
export function plainInline(text: string): string {
  return text
    .replace(/\r\n?/g, "\n")
    .replace(/\0/g, "\uFFFD")
    .replace(ESCAPED, (c) => ENTITY[c]!);
}

/** Renders one sentence of an article as inline HTML. */
export function renderSentence(text: string, format: "txt" | "md"): SafeHtml {
  return markSafe(format === "md" ? markdown.renderInline(text) : plainInline(text));
}
