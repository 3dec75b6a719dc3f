import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { isContentWord, wordsOf } from "../../src/archive/language.ts";
import { groupEvents } from "../../src/site/group-events.ts";
import type { Citation, TimelineEvent } from "../../src/site/types.ts";

type Mention = Citation & { date: string };

/** The rule, spelled out: a mention joins the first event of its date with the same words or, while the date has at most 200 events, sharing at least 30% of them. */
function reference(mentions: readonly Mention[]): TimelineEvent[] {
  const numbers = new Map<string, number>();
  const words = (s: string): number[] =>
    [
      ...new Set(
        wordsOf(s)
          .filter(isContentWord)
          .map((w) => numbers.get(w) ?? (numbers.set(w, numbers.size), numbers.size - 1)),
      ),
    ].sort((a, b) => a - b);
  const share = (a: number[], b: number[]): number => {
    const shared = a.filter((x) => b.includes(x)).length;
    return shared / (a.length + b.length - shared || 1);
  };
  const days = new Map<string, { event: TimelineEvent; words: number[] }[]>();
  for (const m of mentions) {
    const day = days.get(m.date) ?? days.set(m.date, []).get(m.date)!;
    const w = words(m.sentence);
    const same =
      day.find((g) => g.words.join(" ") === w.join(" ")) ??
      (day.length <= 200 ? day.find((g) => share(g.words, w) >= 0.3) : undefined);
    const { date, ...citation } = m;
    if (!same) day.push({ event: { date, label: m.sentence, citations: [citation] }, words: w });
    else if (!same.event.citations.some((c) => c.article === m.article && c.anchor === m.anchor))
      same.event.citations.push(citation);
  }
  return [...days.keys()].sort().flatMap((d) => days.get(d)!.map((g) => g.event));
}

/** Mentions drawn at a fixed seed from a small vocabulary, so that many share words and dates. */
function randomMentions(count: number, dates: number, vocabulary: number, seed: number): Mention[] {
  let state = seed;
  const next = (n: number): number => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state % n;
  };
  const words = Array.from({ length: vocabulary }, (_, i) => `word${i.toString(36)}x`);
  return Array.from({ length: count }, (_, i) => {
    const length = next(14);
    const sentence = Array.from({ length }, () => words[next(vocabulary)]).join(" the ");
    return {
      date: `2001-01-${String(1 + next(dates)).padStart(2, "0")}`,
      article: `a${next(count)}`,
      path: `/a/${i}.html`,
      anchor: `p${next(3)}s1`,
      sentence: next(10) === 0 ? "" : sentence,
      headline: "H",
    };
  });
}

describe("groupEvents", () => {
  it("merges the same happening reported twice, keeps others apart, oldest date first", () => {
    const m = (date: string, article: string, sentence: string): Mention => ({
      date,
      article,
      path: `/${article}.html`,
      anchor: "p1s1",
      sentence,
      headline: article,
    });
    const events = groupEvents([
      m("1962-10-22", "a", "Kennedy announced a naval quarantine of Cuba"),
      m("1960-05-08", "b", "Cuba and the Soviet Union restored diplomatic relations"),
      m("1962-10-22", "c", "Kennedy announced the quarantine of Cuba on television"),
      m("1962-10-22", "d", "Sugar harvests fell sharply in Oriente"),
    ]);
    assert.deepEqual(
      events.map((e) => [e.date, e.citations.map((c) => c.article)]),
      [
        ["1960-05-08", ["b"]],
        ["1962-10-22", ["a", "c"]],
        ["1962-10-22", ["d"]],
      ],
    );
  });

  it("groups exactly as comparing each mention with every event of its date", () => {
    for (const [count, dates, vocabulary, seed] of [
      [400, 3, 30, 1],
      [1500, 2, 60, 2],
      [800, 20, 12, 3],
      [3000, 5, 400, 4],
      [1200, 1, 2000, 5], // past 200 events on one date: only identical sentences merge
    ] as const) {
      const mentions = randomMentions(count, dates, vocabulary, seed);
      assert.deepEqual(groupEvents(mentions), reference(mentions), `case ${seed}`);
    }
  });
});
