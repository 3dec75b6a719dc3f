/**
 * One timeline event per happening: mentions with the same date whose sentences share most of
 * their content words are one event with several citations (the same fact reported by several
 * articles); other mentions of that date stay separate events.
 */
import { isContentWord, wordsOf } from "../archive/language.ts";
import type { Citation, TimelineEvent } from "./types.ts";

/** Share of content words two sentences must share to be the same event. */
const SAME_EVENT = 0.3;
/** Above this many events on one date, only identical sentences are merged (keeps the work linear). */
const FUZZY_LIMIT = 200;

/** Share of words two sorted, distinct lists of word numbers have in common (of their union). */
function jaccard(a: Uint32Array, b: Uint32Array): number {
  let shared = 0;
  for (let i = 0, j = 0; i < a.length && j < b.length;) {
    if (a[i] === b[j]) {
      shared++;
      i++;
      j++;
    } else if (a[i]! < b[j]!) i++;
    else j++;
  }
  return shared / (a.length + b.length - shared || 1);
}

/** Groups dated mentions into events, oldest first. */
export function groupEvents(mentions: readonly (Citation & { date: string })[]): TimelineEvent[] {
  // Words are numbered so a sentence is a sorted list of numbers: cheap to compare.
  const numbers = new Map<string, number>();
  const contentWords = (sentence: string): Uint32Array => {
    const ids = new Set<number>();
    for (const w of wordsOf(sentence)) {
      if (!isContentWord(w)) continue;
      let id = numbers.get(w);
      if (id === undefined) numbers.set(w, (id = numbers.size));
      ids.add(id);
    }
    return Uint32Array.from(ids).sort();
  };
  type Group = { event: TimelineEvent; words: Uint32Array };
  const byDate = new Map<string, { groups: Group[]; exact: Map<string, Group> }>();
  for (const m of mentions) {
    let day = byDate.get(m.date);
    if (!day) byDate.set(m.date, (day = { groups: [], exact: new Map() }));
    const words = contentWords(m.sentence);
    const key = words.join(" ");
    // The same words are the same event; so are sentences sharing enough of them (a bound on
    // the share, from the two lengths, skips most comparisons).
    const same =
      day.exact.get(key) ??
      (day.groups.length <= FUZZY_LIMIT
        ? day.groups.find(
            (g) =>
              Math.min(g.words.length, words.length) >=
                SAME_EVENT * Math.max(g.words.length, words.length) &&
              jaccard(g.words, words) >= SAME_EVENT,
          )
        : undefined);
    const citation: Citation = {
      article: m.article,
      path: m.path,
      anchor: m.anchor,
      sentence: m.sentence,
      headline: m.headline,
    };
    if (same) {
      if (!same.event.citations.some((c) => c.article === m.article && c.anchor === m.anchor))
        same.event.citations.push(citation);
    } else {
      const group = { event: { date: m.date, label: m.sentence, citations: [citation] }, words };
      day.groups.push(group);
      if (!day.exact.has(key)) day.exact.set(key, group);
    }
  }
  return [...byDate.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .flatMap(([, day]) => day.groups.map((g) => g.event));
}
