/**
 * Splitting a paragraph into sentences, so that timeline events and mentions can link to the
 * exact sentence. A full stop ends a sentence unless it follows an abbreviation or an initial.
 */

const ABBREVIATIONS = new Set(
  "mr mrs ms dr prof gen col lt sgt capt sen rep gov pres st jr sr vs etc inc ltd co corp no nos fig jan feb mar apr jun jul aug sep sept oct nov dec u.s u.k u.n e.u d.c sra sr dra lic ing av gral sto sta ee.uu г гг им ул".split(
    " ",
  ),
);

/** The sentences of a paragraph, in order, each trimmed; their concatenation covers the whole text. */
export function splitSentences(text: string): string[] {
  const out: string[] = [];
  let start = 0;
  const re = /[.!?…]+["'”’»)\]]*(?=\s+["“«‘(\[]?[\p{Lu}\p{N}¿¡])/gu;
  for (const m of text.matchAll(re)) {
    const end = m.index + m[0].length;
    const before = text.slice(start, m.index);
    const lastWord = (/([\p{L}.]+)$/u.exec(before)?.[1] ?? "").toLowerCase();
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
