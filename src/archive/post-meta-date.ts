/**
 * The date in a post's meta line under its headline, which a stamp reader refuses because the
 * line says more than the date: the author and the post's categories or comment count
 * (`16. Mai 2019 Markus Elsberger Netzwerk, Windows`, `Von Thilo / 6. November 2023 / Keine
 * Kommentare`, `Written by Grant Tinsley, PhD on April 29, 2018`). Read only between the headline
 * and the body (see date-evidence.ts), and only beside an author's mark: below the body such a
 * line is as often a comment's (`Kommentar von Mareike | 8. Dezember 2010`).
 */
import { findDates } from "./dates.ts";
import { stampLabelBefore, type StampDate } from "./date-stamp.ts";
import { wordsOf } from "./language.ts";
import type { Language } from "./types.ts";

/** Most words of a meta line: a longer line is prose that mentions a date. */
const MAX_META_WORDS = 20;

/** An author's mark: `by`, `von`, `par`, `por`, `di`, `door`, `written by`, `Autor:`. */
const AUTHOR_MARK = /(?:^|[\s/|·•—–(-])(?:by|von|par|por|di|door|autor(?:in)?:?|author:?)\s+\S/iu;

/** The full dates (day and month unambiguous) of a short meta line with an author's mark, with their labels; none otherwise. */
export function readPostMetaDates(
  line: string,
  language: Language,
  monthFirst: boolean,
): StampDate[] {
  if (!AUTHOR_MARK.test(line) || wordsOf(line).length > MAX_META_WORDS) return [];
  return (
    findDates(line, language, monthFirst)
      // A date whose day and month could be either way round (`06/01/2020`) is left to the stamps.
      .filter((m) => m.date.year !== 0 && m.date.day !== undefined && !m.ambiguous)
      .map((mention) => ({ mention, label: stampLabelBefore(line, mention.index) }))
  );
}
