/**
 * Other articles a page appends under its own: a news site's "infinite scroll" prints the next
 * stories one after the other, each an `<article>` with its own `<h1>`, and the extractor, which
 * keeps the best container and its like siblings, took them for more of the article (#15 item 2).
 * Told by structure only: several `<article>`s, none inside another, each with its `<h1>`.
 */
import { textOf } from "./page-zones.ts";

/** Words of a text that hold a letter or digit, lowercased. */
const words = (s: string): string[] => s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

/** Share of a heading's words that the title has. */
function overlap(heading: string, title: string): number {
  const inTitle = new Set(words(title));
  const w = words(heading);
  return w.length === 0 ? 0 : w.filter((x) => inTitle.has(x)).length / w.length;
}

/**
 * Removes, in place, the `<article>`s that each print an `<h1>` of their own beside the page's
 * article: of the innermost such articles, the one whose `<h1>` the page's `<title>` says best
 * (the first, when the title names none of them: the page's own story comes first) stays.
 * A page with one such article is left as it is.
 */
export function removeFollowingArticles(document: Document): void {
  const headed = Array.from(document.querySelectorAll("body article")).filter((a) =>
    Array.from(a.querySelectorAll("h1")).some((h) => textOf(h) !== ""),
  );
  const inner = headed.filter((a) => !headed.some((b) => b !== a && a.contains(b)));
  if (inner.length < 2) return;
  const title = document.title ?? "";
  const scores = inner.map((a) => overlap(textOf(a.querySelector("h1")!), title));
  const best = scores.indexOf(Math.max(...scores));
  const kept = inner[scores[best]! >= 0.5 ? best : 0]!;
  for (const a of inner) if (a !== kept && !a.contains(kept)) a.remove();
}
