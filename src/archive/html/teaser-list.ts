/**
 * A list of other articles inside the extractor's box, told by its repeated structure: a linked
 * headline, then a short summary that is not a link, again and again ("Mehr zum Thema",
 * "Meistgelesen", "Related stories"). The link rule drops each headline; the summaries, plain
 * text, stay unless the run is seen as a whole (#15 item 2). Judged by structure only, in any
 * language.
 */

/** Fewest linked headlines in a run read as a list of teasers. */
const MIN_TEASERS = 4;

/** Most blocks under a linked headline that is not a heading: its summary, then a kicker or a date. */
const MAX_GAP = 2;

/** Most words of a teaser's summary: a sentence or two. */
const SUMMARY_WORDS = 40;

/** Most words of a line before a run's first headline read as the list's heading or a kicker. */
const HEADING_WORDS = 6;

/** Fewest words of a teaser's summary: a sentence, not a label or a name. */
const SUMMARY_MIN_WORDS = 8;

/** Fewest words of a teaser's linked headline (a heading's may have two). */
const HEADLINE_WORDS = 3;

/** Most blocks under a headline set as a heading: a byline, a kicker or two, the summary. */
const MAX_HEADED_GAP = 4;

/**
 * Marks the blocks of teaser runs, given each block's text, whether it is a link and whether it
 * is a heading: at least `MIN_TEASERS` linked headlines, each of different words, each followed
 * by a summary of a sentence or two — right under it, with at most a short line before the
 * next; or, under a headline set as a heading, among up to four short lines (a byline, a
 * kicker). Marked are the blocks between the headlines, the last one's blocks after it and up
 * to two short lines before the first (the list's heading, a kicker). The headlines are left to
 * the link rule. A list of references (text, then a "PubMed" link) or of names each with a few
 * words of description is not such a run.
 */
export function teaserRunBlocks(
  texts: readonly string[],
  links: readonly boolean[],
  headings: readonly boolean[] = [],
): boolean[] {
  const words = texts.map((t) => t.split(" ").length);
  const marked = words.map(() => false);
  const isHeadline = (i: number): boolean =>
    links[i] === true && (words[i] ?? 0) >= (headings[i] ? 2 : HEADLINE_WORDS);
  const isSummary = (i: number): boolean =>
    !links[i] && (words[i] ?? 0) >= SUMMARY_MIN_WORDS && (words[i] ?? 0) <= SUMMARY_WORDS;
  const isShort = (i: number): boolean =>
    i < words.length && !links[i] && (words[i] ?? 0) <= HEADING_WORDS;
  const isKicker = (i: number): boolean =>
    i < words.length && !links[i] && (words[i] ?? 0) < SUMMARY_MIN_WORDS;
  /** True when the blocks from `from` to before `to` are the summary of the headline before `from`. */
  const isGap = (from: number, to: number): boolean => {
    const headed = headings[from - 1] === true;
    if (to - from < 1 || to - from > (headed ? MAX_HEADED_GAP : MAX_GAP)) return false;
    if (!headed && !isSummary(from)) return false;
    let summaries = 0;
    for (let i = from; i < to; i++) {
      if (isSummary(i)) summaries++;
      else if (!isKicker(i)) return false;
    }
    return summaries === 1;
  };
  const headlines = links.flatMap((_, i) => (isHeadline(i) ? [i] : []));
  let start = 0;
  while (start < headlines.length) {
    let end = start;
    let gap = 1;
    const seen = new Set([texts[headlines[start]!]]);
    while (end + 1 < headlines.length) {
      const next = headlines[end + 1]!;
      if (!isGap(headlines[end]! + 1, next) || seen.has(texts[next])) break;
      gap = next - headlines[end]! - 1;
      seen.add(texts[next]);
      end++;
    }
    if (end - start + 1 >= MIN_TEASERS) {
      const first = headlines[start]!;
      const last = headlines[end]!;
      for (let i = first; i <= last; i++) if (!links[i]) marked[i] = true;
      // The last headline's blocks: at most as many as stood under the one before it.
      for (let k = gap; k >= 1; k--) {
        if (!isGap(last + 1, last + 1 + k)) continue;
        for (let i = 1; i <= k; i++) marked[last + i] = true;
        break;
      }
      for (let i = first - 1; i >= Math.max(0, first - 2) && isShort(i); i--) marked[i] = true;
    }
    start = end + 1;
  }
  return marked;
}
