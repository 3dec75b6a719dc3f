/**
 * The article's text as a page's JSON-LD states it, for a page whose markup holds none: an app's
 * page, saved before its scripts wrote the article into it, still carries the text in its
 * schema.org block (`articleBody`, `text`; a how-to's description and steps) for search engines
 * (#15 item 2). Read only when the extractor found no paragraph in the markup.
 */
import { paragraphsOf } from "./extract-body.ts";
import { articleNode, type JsonLdNode, typesOf } from "./json-ld.ts";
import { parseSavedPage } from "./saved-page.ts";

/** Fewest characters of a stated text read as the article's, not a summary or a label. */
const MIN_BODY_CHARS = 200;

/** Types whose description and steps are their text: a how-to, a recipe. */
const STEPPED_TYPES = new Set(["HowTo", "Recipe"]);

/** The strings of a value under the keys that hold a step's text, in order, at any depth. */
function stepTexts(value: unknown, out: string[], depth = 0): string[] {
  if (depth > 6 || value === null || typeof value !== "object") return out;
  if (Array.isArray(value)) {
    for (const v of value) stepTexts(v, out, depth + 1);
    return out;
  }
  const node = value as JsonLdNode;
  if (typeof node["text"] === "string") out.push(node["text"]);
  for (const key of ["step", "itemListElement", "recipeInstructions"])
    if (key in node) stepTexts(node[key], out, depth + 1);
  return out;
}

/** A stated text as paragraphs: as HTML when it holds markup, else one paragraph a line. */
function paragraphsOfText(text: string): string[] {
  if (/<[a-z][^>]*>/i.test(text)) {
    const body = parseSavedPage(`<html><body>${text}</body></html>`).body;
    return body ? paragraphsOf(body) : [];
  }
  return text
    .split(/\n\s*\n|\r?\n/)
    .map((p) => p.replace(/\s+/g, " ").trim())
    .filter((p) => p !== "");
}

/**
 * The paragraphs of the article's text in the page's JSON-LD: the article node's `articleBody`
 * or `text`, else a how-to's or a recipe's description and steps; empty when none states
 * `MIN_BODY_CHARS` of text.
 */
export function jsonLdBody(nodes: readonly JsonLdNode[]): string[] {
  const article = articleNode(nodes);
  for (const key of ["articleBody", "text"]) {
    const v = article?.[key];
    if (typeof v === "string" && v.length >= MIN_BODY_CHARS) return paragraphsOfText(v);
  }
  const stepped = nodes.find((n) => typesOf(n).some((t) => STEPPED_TYPES.has(t)));
  if (!stepped) return [];
  const description = typeof stepped["description"] === "string" ? [stepped["description"]] : [];
  const texts = [...description, ...stepTexts(stepped, [])];
  if (texts.join("").length < MIN_BODY_CHARS) return [];
  return texts.flatMap(paragraphsOfText);
}
