/**
 * One timeline event per happening: mentions with the same date whose sentences share most of
 * their content words are one event with several citations (the same fact reported by several
 * articles); other mentions of that date stay separate events.
 *
 * A mention joins the first event of its date (in the order events were made) whose words it
 * shares enough of. Comparing it with every event of the date made 100,000 articles take 12 s,
 * so events are found through their rarest words instead (prefix filtering, as in set-similarity
 * joins): two word sets that share at least `SAME_EVENT` of their union share a word among the
 * rarest `n - ceil(SAME_EVENT * n) + 1` of each (n = the set's size), so only events indexed
 * under one of those words can match. The result is the same as comparing with every event.
 */
import { isContentWord, wordsOfOnce } from "../archive/language.ts";
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

/** An event being built, with the words of the sentence that started it. */
interface Group {
  /** The event. */
  event: TimelineEvent;
  /** Word numbers of its first sentence, sorted. */
  words: Uint32Array;
  /** Its place among its date's events. */
  order: number;
}

/** One date's events, by exact word list and by rare word. */
interface Day {
  /** Its events, oldest first. */
  groups: Group[];
  /** The first event of each exact word list. */
  exact: Map<string, Group>;
  /** Rare word → events with it among their rarest words. */
  byWord: Map<number, Group[]>;
}

/** Groups dated mentions into events, oldest first. */
export function groupEvents(mentions: readonly (Citation & { date: string })[]): TimelineEvent[] {
  // Words are numbered so a sentence is a sorted list of numbers: cheap to compare. Words that
  // are not content words are remembered as -1, so each distinct word is judged once.
  const numbers = new Map<string, number>();
  let count = 0;
  const contentWords = (sentence: string): Uint32Array => {
    const ids = new Set<number>();
    for (const w of wordsOfOnce(sentence)) {
      let id = numbers.get(w);
      if (id === undefined) numbers.set(w, (id = isContentWord(w) ? count++ : -1));
      if (id >= 0) ids.add(id);
    }
    return Uint32Array.from(ids).sort();
  };
  const wordLists = mentions.map((m) => contentWords(m.sentence));
  // How many sentences have each word: the rarest words of a sentence come first in its prefix.
  const frequency = new Uint32Array(count);
  for (const words of wordLists) for (const w of words) frequency[w]!++;
  const rarest = (words: Uint32Array): number[] => {
    const size = words.length - Math.ceil(SAME_EVENT * words.length - 1e-9) + 1;
    return [...words].sort((a, b) => frequency[a]! - frequency[b]! || a - b).slice(0, size);
  };

  const byDate = new Map<string, Day>();
  mentions.forEach((m, i) => {
    let day = byDate.get(m.date);
    if (!day) byDate.set(m.date, (day = { groups: [], exact: new Map(), byWord: new Map() }));
    const words = wordLists[i]!;
    const key = words.join(" ");
    // Once a date has more events than the limit, none is looked up by its words again.
    const fuzzy = day.groups.length <= FUZZY_LIMIT;
    const prefix = fuzzy ? rarest(words) : [];
    const same = day.exact.get(key) ?? (fuzzy ? firstSimilar(day, words, prefix) : undefined);
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
      const event = { date: m.date, label: m.sentence, citations: [citation] };
      const group: Group = { event, words, order: day.groups.length };
      day.groups.push(group);
      if (!day.exact.has(key)) day.exact.set(key, group);
      for (const w of prefix) {
        const list = day.byWord.get(w);
        if (list) list.push(group);
        else day.byWord.set(w, [group]);
      }
    }
  });
  return [...byDate.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .flatMap(([, day]) => day.groups.map((g) => g.event));
}

/** The first event of the day sharing enough words with `words` (`prefix`: its rarest words). */
function firstSimilar(day: Day, words: Uint32Array, prefix: readonly number[]): Group | undefined {
  let best: Group | undefined;
  const tried = new Set<Group>();
  for (const w of prefix)
    // Each list is in the order events were made: past the best found so far, nothing can win.
    for (const g of day.byWord.get(w) ?? []) {
      if (best && g.order >= best.order) break;
      if (tried.has(g)) continue;
      tried.add(g);
      if (
        Math.min(g.words.length, words.length) >=
          SAME_EVENT * Math.max(g.words.length, words.length) &&
        jaccard(g.words, words) >= SAME_EVENT
      ) {
        best = g;
        break;
      }
    }
  return best;
}
