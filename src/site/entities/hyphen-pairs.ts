/**
 * Two countries or regions joined by a hyphen (`India-Pakistan frontier`, `Russia-Ukraine talks`)
 * name both: such a word is split into its two places.
 */
import type { NameSpan } from "./name-spans.ts";
import { lookupPlace } from "./place-lookup.ts";

/** `span` split into two places when it is one word joining two countries or regions, else `span` alone. */
export function splitHyphenPair(span: NameSpan): NameSpan[] {
  if (span.words.length !== 1) return [span];
  const parts = span.words[0]!.split("-");
  if (parts.length !== 2 || !parts.every((p) => /^\p{Lu}\p{Ll}{2,}$/u.test(p))) return [span];
  const areas = parts.map(lookupPlace);
  if (!areas.every((p) => p && p.kind !== "city")) return [span];
  return parts.map((p) => ({ ...span, text: p, words: [p] }));
}
