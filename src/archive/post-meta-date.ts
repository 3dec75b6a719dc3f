/**
 * The date in a post's meta line under its headline, which a stamp reader refuses because the
 * line says more than the date: the author and the post's categories or comment count
 * (`16. Mai 2019 Markus Elsberger Netzwerk, Windows`, `Von Thilo / 6. November 2023 / Keine
 * Kommentare`, `Written by Grant Tinsley, PhD on April 29, 2018`), or its section (`24.01.2022 -
 * Meldung - Energiewende`). Read only between the headline and the body (see date-evidence.ts),
 * and only beside an author's mark or opening the line: below the body such a line is as often a
 * comment's (`Kommentar von Mareike | 8. Dezember 2010`).
 */
import { findDates } from "./dates.ts";
import { stampLabelBefore, type StampDate } from "./date-stamp.ts";
import { wordsOf } from "./language.ts";
import type { Language } from "./types.ts";

/** Most words of a meta line: a longer line is prose that mentions a date. */
const MAX_META_WORDS = 20;

/** An author's mark: `by`, `von`, `par`, `por`, `di`, `door`, `written by`, `Autor:`. */
const AUTHOR_MARK = /(?:^|[\s/|·•—–(-])(?:by|von|par|por|di|door|autor(?:in)?:?|author:?)\s+\S/iu;

/**
 * What follows the date in a line that opens with it: a separator or `in` before the section
 * (`24.01.2022 - Meldung`, `19.11.2021 in Politik, Deutschland`), or a section's capitalised name
 * (`27.01.2020 Soziales & Gesundheit`).
 */
const DATE_LED_REST = /^(?:\s*(?:[–—\-/|·•]|in\s)|\s+\p{Lu})/u;

/** The full dates (day and month unambiguous) of a short meta line with an author's mark or opening with its date, with their labels; none otherwise. */
export function readPostMetaDates(
  line: string,
  language: Language,
  monthFirst: boolean,
): StampDate[] {
  if (wordsOf(line).length > MAX_META_WORDS) return [];
  const mentions = findDates(line, language, monthFirst);
  const first = mentions[0];
  // Or a line that opens with the date, then a separator and the post's section or categories.
  const dateLed =
    first !== undefined &&
    /^[\s\p{P}\p{S}]*$/u.test(line.slice(0, first.index)) &&
    DATE_LED_REST.test(line.slice(first.index + first.length));
  if (!dateLed && !AUTHOR_MARK.test(line)) return [];
  return (
    mentions
      // A date whose day and month could be either way round (`06/01/2020`) is left to the stamps.
      .filter((m) => m.date.year !== 0 && m.date.day !== undefined && !m.ambiguous)
      .map((mention) => ({ mention, label: stampLabelBefore(line, mention.index) }))
  );
}
