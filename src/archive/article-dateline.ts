/**
 * The article's dateline place: from the paragraph that opens with a dateline (dateline.ts reads
 * it), else from a header line, as El País prints the place in its date stamp or under the byline.
 */
import type { CleanBody } from "./clean-body.ts";
import {
  isPlaceLine,
  parseDateline,
  placeOfStamp,
  titleCasePlace,
  type Dateline,
} from "./dateline.ts";
import type { Language, RemovedLine } from "./types.ts";

/** A dateline read from the body, with the line of its paragraph. */
export type PlacedDateline = Dateline & {
  /** 1-based line of the paragraph that opens with the dateline. */
  line: number;
};

/** A dateline place read from a header line when no paragraph opens with a dateline. */
export interface HeaderPlace {
  /** The place, in title case. */
  place: string;
  /** 1-based line it was read from. */
  line: number;
  /** That line's text, the evidence. */
  text: string;
}

/** The dateline of the paragraph the body cleaner marked as opening with one, or null. */
export function datelineOfBody(body: CleanBody, language: Language): PlacedDateline | null {
  const paragraph = body.paragraphs[body.datelineParagraph];
  const read = paragraph ? parseDateline(paragraph.text, language) : null;
  return read && paragraph ? { ...read, line: paragraph.line } : null;
}

/** The first place between headline and body: a stamp that opens with it, or a place alone after a byline. */
export function placeInHeader(
  headerLines: readonly RemovedLine[],
  language: Language,
): HeaderPlace | null {
  for (const [k, r] of headerLines.entries()) {
    // El País style: a stamp that opens with the place, or a place alone on the line after a byline.
    const prev = headerLines[k - 1];
    const afterByline =
      prev?.reason === "byline" &&
      prev.line === r.line - 1 &&
      r.reason === "teaser" &&
      isPlaceLine(r.text)
        ? titleCasePlace(r.text)
        : null;
    // A dateline alone on its line, the article's first paragraph under it (`MADRID, 3 Mar. -`).
    const alone = /[-–—]\s*$/u.test(r.text) ? parseDateline(`${r.text.trim()} …`, language) : null;
    const place =
      r.reason === "date-stamp" ? placeOfStamp(r.text, language) : (alone?.place ?? afterByline);
    if (place) return { place, line: r.line, text: r.text };
  }
  return null;
}
