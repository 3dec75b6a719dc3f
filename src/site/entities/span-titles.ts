/** Where a title stands in a capitalised run (`NASA Administrator Bill Nelson`, `Russian Foreign Minister Sergey Lavrov`). */
import { fold } from "../../archive/language.ts";
import { ORG_WORDS, PARTICLES, TITLE_MODIFIERS, TITLES } from "./lexicon.ts";

/** Where a title (with its qualifiers) starts inside a run and a name follows it, or -1. */
export function titleInside(run: readonly string[]): number {
  // A title between words needs three; `calle Mayor de Elche`: a run led by a lowercase kind of
  // place holds no person's title.
  if (run.length < 3 || /^\p{Ll}/u.test(run[0] ?? "")) return -1;
  const f = run.map(fold);
  for (let m = 1; m < f.length - 1; m++) {
    if (!TITLES.has(f[m]!) || TITLES.has(f[m + 1]!) || TITLE_MODIFIERS.has(f[m + 1]!)) continue;
    // `Northampton General Hospital NHS Trust`: a title word before an institution's word is part of its name.
    if (f.slice(m + 1).some((w) => ORG_WORDS.has(w))) return -1;
    let p = m;
    while (p > 0 && TITLE_MODIFIERS.has(f[p - 1]!)) p--;
    // `Russian Foreign Minister …`: a demonym before the title is no institution.
    if (p === 1 && /(?:ian|ean|ish|ese|can|an)$/.test(f[0]!)) return -1;
    return p > 0 && !PARTICLES.has(f[p - 1]!) ? p : -1;
  }
  return -1;
}

/**
 * Index of the last title word of a title at the front of `words` (`Russian Foreign Minister
 * Sergey Lavrov` → 2), or -1. A run that names an institution has no title (`State Duma`).
 */
export function lastTitleIndex(words: readonly string[]): number {
  // A title needs a word after it.
  if (words.length < 2) return -1;
  const f = words.map(fold);
  if (f.some((w) => ORG_WORDS.has(w))) return -1;
  let end = -1;
  for (let k = 0; k < f.length - 1; k++) {
    // `Vice-chancellor`, `ex-presidente`: a hyphenated title.
    if (TITLES.has(f[k]!) || TITLES.has(f[k]!.split("-").pop()!)) {
      // `Nuestra Señora de los Remedios`: a particle after the title makes it part of a name.
      if (PARTICLES.has(words[k + 1]!)) return -1;
      end = k;
    } else if (TITLE_MODIFIERS.has(f[k]!) || (k === 0 && /(?:ian|ean|ish|ese|can|an)$/.test(f[k]!)))
      continue;
    else break;
  }
  return end;
}
