/**
 * One timeline event per happening: mentions with the same date whose sentences share most of
 * their content words are one event with several citations (the same fact reported by several
 * articles); other mentions of that date stay separate events.
 */
import { wordsOf, STOPWORDS } from "../archive/language.ts";
import type { Citation, TimelineEvent } from "./types.ts";

/** Share of content words two sentences must share to be the same event. */
const SAME_EVENT = 0.3;
/** Above this many events on one date, only identical sentences are merged (keeps the work linear). */
const FUZZY_LIMIT = 200;

const contentWords = (s: string): Set<string> =>
  new Set(
    wordsOf(s).filter(
      (w) =>
        w.length > 2 &&
        !/^\d+$/.test(w) &&
        !STOPWORDS.en.has(w) &&
        !STOPWORDS.es.has(w) &&
        !STOPWORDS.ru.has(w),
    ),
  );

function jaccard(a: Set<string>, b: Set<string>): number {
  let shared = 0;
  for (const w of a) if (b.has(w)) shared++;
  return shared / (a.size + b.size - shared || 1);
}

/** Groups dated mentions into events, oldest first. */
export function groupEvents(mentions: readonly (Citation & { date: string })[]): TimelineEvent[] {
  const byDate = new Map<string, { event: TimelineEvent; words: Set<string>; key: string }[]>();
  for (const m of mentions) {
    const groups = byDate.get(m.date) ?? [];
    byDate.set(m.date, groups);
    const words = contentWords(m.sentence);
    const key = [...words].sort().join(" ");
    const same =
      groups.length <= FUZZY_LIMIT
        ? groups.find((g) => g.key === key || jaccard(g.words, words) >= SAME_EVENT)
        : groups.find((g) => g.key === key);
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
    } else
      groups.push({
        event: { date: m.date, label: m.sentence, citations: [citation] },
        words,
        key,
      });
  }
  return [...byDate.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .flatMap(([, groups]) => groups.map((g) => g.event));
}
