/**
 * Institutions' names that hold `and` or a list: `Animal and Plant Health Agency`, `Department
 * of Health and Social Care`, `Department for Environment, Food and Rural Affairs`, `Ministerio
 * de Agricultura, Pesca y Alimentación`. A run goes on over the conjunction (and the list's
 * commas) only where the name's shape says it is one name, not two names in a list.
 */
import { fold } from "../../archive/language.ts";
import { isGivenName } from "./given-names.ts";
import { NOT_NAMES, ORG_WORDS } from "./lexicon.ts";
import { isAcronym } from "./name-key.ts";
import { lookupPlace } from "./place-lookup.ts";
import { isCapital, isNameWord, isWord } from "./tokens.ts";

/** Conjunctions inside a name. */
const AND = new Set(["and", "y"]);
/**
 * Nouns of a ministry or an association whose remit may be a list (`Department for Environment,
 * Food and …`, `Asociación de Usuarios de Bancos, Cajas y Seguros`).
 */
const MINISTRY = new Set(
  `department ministry ministerio consejeria secretaria association asociacion federation
  federacion confederation confederacion`.split(/\s+/),
);
/** Nouns of a school or a learned body whose field may hold `and` (`University of the Highlands and Islands`). */
const SCHOOLS = new Set(`university school college institute academy museum society`.split(/\s+/));
/** Words that link a ministry's noun to its remit. */
const REMIT = new Set(["for", "of", "de"]);
/** Most capitalised words in one part of the list. */
const MAX_PART = 3;

/** The index after the capitalised words from `k` (at most `MAX_PART`), or `k` when none. */
function partEnd(tokens: readonly string[], k: number): number {
  let e = k;
  while (
    e < k + MAX_PART &&
    isWord(tokens[e] ?? "") &&
    isCapital(tokens[e]!) &&
    isNameWord(tokens[e]!)
  )
    e++;
  return e;
}

/** True when the words [k, e) could be a part of a name: no acronym, given name or known place. */
function plainPart(tokens: readonly string[], k: number, e: number): boolean {
  if (e === k || isAcronym(tokens[k]!) || isGivenName(tokens[k]!)) return false;
  return lookupPlace(tokens.slice(k, e).join(" ")) === undefined;
}

/** True for a word that closes a name: not capitalised (or none). */
function closes(t: string | undefined): boolean {
  return t === undefined || !isWord(t) || !isCapital(t);
}

/**
 * The index after the conjunction's part when `run`, followed by `tokens[i]`, goes on as one
 * institution's name, or `i`.
 */
export function conjunctionEnd(
  tokens: readonly string[],
  i: number,
  run: readonly string[],
): number {
  const t = fold(tokens[i] ?? "");
  // Most runs end at another word or mark: only a comma or `and` goes on.
  if (t !== "," && !AND.has(t)) return i;
  const folded = run.map(fold);
  // `La Asociación de …`: past a leading article.
  const head = NOT_NAMES.has(folded[0]!) && !REMIT.has(folded[0]!) ? 1 : 0;
  const ministry = MINISTRY.has(folded[head]!) && REMIT.has(folded[head + 1] ?? "");
  // `Department for Environment, Food and Rural Affairs`: commas, then `and`, then the list's end.
  if (t === "," && ministry) {
    let k = i;
    while (tokens[k] === ",") {
      const e = partEnd(tokens, k + 1);
      if (!plainPart(tokens, k + 1, e)) return i;
      k = e;
    }
    if (!AND.has(tokens[k] ?? "")) return i;
    const e = partEnd(tokens, k + 1);
    return plainPart(tokens, k + 1, e) && closes(tokens[e]) ? e : i;
  }
  if (!AND.has(t)) return i;
  const e = partEnd(tokens, i + 1);
  if (!plainPart(tokens, i + 1, e) || !closes(tokens[e])) return i;
  // The part after `and` holds no institution's word of its own.
  const plainRemit = !tokens.slice(i + 1, e).some((w) => ORG_WORDS.has(fold(w)));
  // `Department for Business and Trade`, `Department of Health and Social Care`: a ministry's remit.
  if (ministry && plainRemit) return e;
  // `University of the Highlands and Islands`, `School of Oriental and African Studies`: a
  // school's field, where it names no town or country (`University of Leeds and Sheffield
  // Hallam` is two names).
  const school = SCHOOLS.has(folded[head]!) && folded[head + 1] === "of";
  const remit = run.slice(head + 2).filter((w) => !NOT_NAMES.has(fold(w)));
  if (
    school &&
    t === "and" &&
    remit.length > 0 &&
    !["city", "country"].includes(lookupPlace(remit.join(" "))?.kind ?? "") &&
    plainRemit
  )
    return e;
  // `Animal and Plant Health Agency`: a word, `and`, and words that end in an institution's.
  const own = run.filter((_, n) => !NOT_NAMES.has(folded[n]!));
  return t === "and" &&
    own.length === 1 &&
    e - i - 1 >= 2 &&
    ORG_WORDS.has(fold(tokens[e - 1]!)) &&
    plainPart(own, 0, 1)
    ? e
    : i;
}
