/**
 * An article's candidate key phrases as one string, the form its facts keep: one object per
 * candidate for every article of a large archive was a large share of the facts' memory, and one
 * string is one object. A line per candidate: `key TAB count TAB first TAB 1|0 [TAB name]`, the
 * name only when it differs from the key; the first line is the headline's word count.
 */
import type { PhraseCandidate } from "./phrase-candidates.ts";

/** Candidates and the headline's word count as one string (see the file's comment). */
export function encodePhrases(
  candidates: readonly PhraseCandidate[],
  headlineWords: number,
): string {
  let out = String(headlineWords);
  for (const c of candidates)
    out += `\n${c.key}\t${c.count}\t${c.first}\t${c.inHeadline ? 1 : 0}${c.name === c.key ? "" : `\t${c.name}`}`;
  return out;
}

/** The candidates and headline word count of `encodePhrases`'s string. */
export function decodePhrases(encoded: string): {
  candidates: PhraseCandidate[];
  headlineWords: number;
} {
  const lines = encoded.split("\n");
  return {
    headlineWords: Number(lines[0]) || 0,
    candidates: lines.slice(1).map((line) => {
      const [key = "", count, first, headline, name] = line.split("\t");
      return {
        key,
        name: name ?? key,
        count: Number(count),
        first: Number(first),
        inHeadline: headline === "1",
      };
    }),
  };
}

/** A decimal number written at `from` in `text`, up to the next tab or newline. */
function numberAt(text: string, from: number): number {
  let value = 0;
  for (let i = from; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 48 || c > 57) break;
    value = value * 10 + c - 48;
  }
  return value;
}

/**
 * Reads `encodePhrases`'s string candidate by candidate, without an object per candidate (an
 * archive has a dozen per article): `visit` gets each one's fields, the name only when it differs
 * from the key. Returns the headline's word count.
 */
export function readPhrases(
  encoded: string,
  visit: (
    key: string,
    count: number,
    first: number,
    inHeadline: boolean,
    name: string | undefined,
  ) => void,
): number {
  let line = encoded.indexOf("\n");
  const headlineWords = numberAt(encoded, 0);
  while (line !== -1) {
    const start = line + 1;
    const end = encoded.indexOf("\n", start);
    const stop = end === -1 ? encoded.length : end;
    const tab1 = encoded.indexOf("\t", start);
    const tab2 = encoded.indexOf("\t", tab1 + 1);
    const tab3 = encoded.indexOf("\t", tab2 + 1);
    const tab4 = encoded.indexOf("\t", tab3 + 1);
    const hasName = tab4 !== -1 && tab4 < stop;
    visit(
      encoded.slice(start, tab1),
      numberAt(encoded, tab1 + 1),
      numberAt(encoded, tab2 + 1),
      encoded.charCodeAt(tab3 + 1) === 49,
      hasName ? encoded.slice(tab4 + 1, stop) : undefined,
    );
    line = end;
  }
  return headlineWords;
}
