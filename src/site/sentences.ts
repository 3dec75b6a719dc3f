/**
 * Splitting a paragraph into sentences, so that timeline events and mentions can link to the
 * exact sentence. A full stop ends a sentence unless it follows an abbreviation or an initial.
 */

const ABBREVIATIONS = new Set(
  "mr mrs ms dr prof gen col lt sgt capt sen rep gov pres st jr sr vs etc inc ltd co corp no nos fig jan feb mar apr jun jul aug sep sept oct nov dec u.s u.k u.n e.u d.c sra sr dra lic ing av gral sto sta ee.uu г гг им ул".split(
    " ",
  ),
);

const WORD_CHAR = /^[\p{L}.]$/u;

/**
 * The letters and dots just before `end` (the word a full stop follows), read backwards one code
 * point at a time: `/([\p{L}.]+)$/` on the text so far rescanned it for every full stop.
 */
function wordBefore(text: string, start: number, end: number): string {
  let at = end;
  while (at > start) {
    const low = text.charCodeAt(at - 1);
    const pair = at - 2 >= start && low >= 0xdc00 && low <= 0xdfff ? text.charCodeAt(at - 2) : 0;
    const from = pair >= 0xd800 && pair <= 0xdbff ? at - 2 : at - 1;
    if (!WORD_CHAR.test(text.slice(from, at))) break;
    at = from;
  }
  return text.slice(at, end);
}

/** The sentences of a paragraph, in order, each trimmed; their concatenation covers the whole text. */
export function splitSentences(text: string): string[] {
  const out: string[] = [];
  let start = 0;
  // `(?<!…)`: a run of stops is tried from its first only (from each, it was quadratic).
  const re = /(?<![.!?…])[.!?…]+["'”’»)\]]*(?=\s+["“«‘(\[]?[\p{Lu}\p{N}¿¡])/gu;
  for (const m of text.matchAll(re)) {
    const end = m.index + m[0].length;
    const lastWord = wordBefore(text, start, m.index).toLowerCase();
    if (
      m[0].startsWith(".") &&
      (ABBREVIATIONS.has(lastWord) ||
        ABBREVIATIONS.has(lastWord.replace(/\.$/, "")) ||
        /^\p{L}$/u.test(lastWord))
    )
      continue;
    out.push(text.slice(start, end).trim());
    start = end;
  }
  const rest = text.slice(start).trim();
  if (rest) out.push(rest);
  return out;
}
