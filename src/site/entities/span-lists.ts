/**
 * Names listed together (`Southeastern, Southern and Thameslink`, `Greenpeace y el Observatorio
 * del Clima`, `Чиву, Утьель и Пайпорту`) are most often of one kind: each run of such a list
 * learns the list's names, so that one known member can tell what an unknown one is.
 */
import type { NameSpan } from "./name-spans.ts";

/** Conjunctions that close a list. */
const CONJUNCTIONS = new Set(["and", "or", "&", "y", "e", "o", "u", "и", "или"]);
/** Articles that may stand after the conjunction (`y el Observatorio`). */
const ARTICLES = new Set(["the", "el", "la", "los", "las"]);

/**
 * Sets `commaNext` of a span that a comma joins to a name ending the clause, and `list` of each span of `spans` (with its token range `ranges[i]` in `tokens`) that a list
 * joins to others: runs separated only by a comma or a conjunction (maybe with an article), where
 * the list holds a conjunction, so that `In London, Smith said` is no list.
 */
export function markLists(
  tokens: readonly string[],
  spans: NameSpan[],
  ranges: readonly (readonly [number, number])[],
): void {
  let from = 0;
  let conjunction = false;
  for (let i = 1; i <= spans.length; i++) {
    const link = i < spans.length ? linkBetween(tokens, ranges[i - 1]![1], ranges[i]![0]) : null;
    if (link === "comma" && /^(?:[,.;:)]|)$/u.test(tokens[ranges[i]![1]] ?? ""))
      spans[i - 1]!.commaNext = spans[i]!.text;
    if (link) {
      conjunction ||= link === "conjunction";
      // `In London, Smith and Jones said`: a sentence's opening phrase is no member.
      if (i - 1 === from && link === "comma" && ranges[from]![0] <= 1) from = i;
      continue;
    }
    if (conjunction && i - from > 1) {
      const group = spans.slice(from, i);
      const texts = group.map((o) => o.text);
      for (const s of group) s.list = texts;
    }
    from = i;
    conjunction = false;
  }
}

/** How the tokens between two runs join them: a comma, a conjunction, or nothing (null). */
function linkBetween(
  tokens: readonly string[],
  end: number,
  start: number,
): "comma" | "conjunction" | null {
  const between = tokens.slice(end, start).map((t) => t.toLowerCase());
  if (between.length === 1 && between[0] === ",") return "comma";
  let k = between[0] === "," ? 1 : 0;
  if (!CONJUNCTIONS.has(between[k] ?? "")) return null;
  k++;
  if (ARTICLES.has(between[k] ?? "")) k++;
  return k === between.length ? "conjunction" : null;
}
