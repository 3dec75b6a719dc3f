/**
 * Capitalised word runs in a sentence that may be names, each with the words around it that tell
 * what it names. A run keeps name particles between capitals (`Rodríguez de la Parrilla`), joins
 * parts of an institution's name (`Ministry of Foreign Affairs`), and drops a leading title
 * (`Foreign Minister`), which it keeps as context instead. Headline-cased and all-capitals lines
 * give no runs: every word is capitalised there, names or not.
 */
import { fold } from "../../archive/language.ts";
import { cyrillicOrgTail } from "./cyrillic-org-tail.ts";
import { isGivenName } from "./given-names.ts";
import { facilityStart, isRoadCode, roadNameEnd } from "./facility-names.ts";
import { lookupPlace } from "./place-lookup.ts";
import { quotedNameEnd } from "./quoted-names.ts";
import { regionalBranchEnd } from "./regional-branch.ts";
import { conjunctionEnd } from "./span-conjunctions.ts";
import { institutionStart, numberedRun } from "./russian-institutions.ts";
import { AREA_WORDS, NAME_JOINERS, ORG_WORDS, PARTICLES } from "./lexicon.ts";
import type { NameSpan } from "./name-span.ts";
import { isAcronym } from "./name-key.ts";
import { markLists } from "./span-lists.ts";
import { spanOf } from "./span-of.ts";
import { titleInside } from "./span-titles.ts";
import { isCapital, isHeadlineCased, isNameWord, isWord, tokenize } from "./tokens.ts";

export { isHeadlineCased };

/** Words of a natural feature that open its name before `of` (`Isle of Wight`, `Bay of Biscay`). */
const FEATURE_FRONT = new Set([
  "isle",
  "island",
  "islands",
  "gulf",
  "bay",
  "cape",
  "strait",
  "sea",
]);
/** The folded first word of a run. */
const f0 = (run: readonly string[]): string => fold(run[0]!);
export type { NameSpan };

/** True when a person's name starts at `tokens[k]`: a given name that names no place, then a capitalised word. */
const personAt = (tokens: readonly string[], k: number): boolean =>
  isGivenName(tokens[k] ?? "") && !lookupPlace(tokens[k]!) && isCapital(tokens[k + 1] ?? "");

/** True when `run`, one capitalised word, goes on over `en` at `tokens[i]` (`Ecologistas en Acción`). */
const enJoins = (tokens: readonly string[], i: number, run: readonly string[]): boolean =>
  tokens[i] === "en" &&
  run.length === 1 &&
  /^\p{Lu}\p{Ll}{3,}$/u.test(run[0]!) &&
  /^\p{Lu}\p{Ll}+$/u.test(tokens[i + 1] ?? "") &&
  !isCapital(tokens[i + 2] ?? "") &&
  !lookupPlace(run[0]!) &&
  !lookupPlace(tokens[i + 1]!) &&
  !isGivenName(run[0]!) &&
  !isGivenName(tokens[i + 1]!);

/** The capitalised runs of one sentence that may be names. */
export function nameSpans(sentence: string): NameSpan[] {
  if (!/\p{Lu}/u.test(sentence)) return [];
  const tokens = tokenize(sentence);
  const wordTokens = tokens.filter(isWord);
  if (isHeadlineCased(wordTokens, /[.!?…"”»]$/u.test(sentence.trim()))) return [];
  const firstWord = tokens.findIndex(isWord);
  const out: NameSpan[] = [];
  const ranges: [number, number][] = [];
  let i = 0;
  while (i < tokens.length) {
    // `городской клинической больнице №1`: a numbered institution, all in lowercase.
    const numbered = tokens[i] === "№" ? numberedRun(tokens, i, sentence, ranges.at(-1)) : null;
    if (numbered) {
      if (numbered.merged) out.pop();
      if (numbered.merged) ranges.pop();
      out.push(spanOf(tokens, numbered.from, numbered.to, numbered.words, false));
      ranges.push([numbered.from, numbered.to]);
      i = numbered.to;
      continue;
    }
    if (!isWord(tokens[i]!) || (!isCapital(tokens[i]!) && !isRoadCode(tokens, i))) {
      i++;
      continue;
    }
    let start = i;
    const run: string[] = [tokens[i]!];
    i++;
    for (;;) {
      const t = tokens[i];
      if (t === undefined) break;
      // An initial: `J. K. Rowling`.
      if (t === "." && run[run.length - 1]!.length === 1 && isCapital(tokens[i + 1] ?? "")) {
        run[run.length - 1] += ".";
        i++;
        continue;
      }
      // `Marks & Spencer`, `Astronomy & Astrophysics`: an ampersand between capitals joins one name.
      if (t === "&" && isCapital(tokens[i + 1] ?? "") && isWord(tokens[i + 1]!)) {
        run.push(t, tokens[i + 1]!);
        i += 2;
        continue;
      }
      // `National Farmers' Union`: a plural's apostrophe inside a name goes on with it.
      if (
        (t === "'" || t === "’") &&
        /s$/.test(run[run.length - 1]!) &&
        tokens[i - 1] === run[run.length - 1] &&
        isCapital(tokens[i + 1] ?? "") &&
        isWord(tokens[i + 1]!)
      ) {
        run[run.length - 1] += t;
        run.push(tokens[i + 1]!);
        i += 2;
        continue;
      }
      // A possessive ends a name: `Venezuela's María Corina Machado`.
      // A function word, month or weekday ends a run (`… Freedom On November 5`).
      // `St Wilfrid's Primary School`: a saint's possessive goes on into the institution's name.
      const last = run[run.length - 1]!;
      const possessive =
        (last.endsWith("'s") || last.endsWith("’s")) && !/^(?:St|Saint)\.?$/u.test(run[0]!);
      // `Института цитологии СО РАН`: an acronym goes on a name though it spells a function word.
      if (isWord(t) && isCapital(t) && (isNameWord(t) || isAcronym(t)) && !possessive) {
        run.push(t);
        i++;
        continue;
      }
      // Particles and joiners only between capitals, joiners only inside an institution's name.
      const f = fold(t);
      // `Hospital Universitario La Paz`: a capitalised article goes on an institution's name.
      if (
        /^(?:La|Las|El|Los)$/u.test(t) &&
        run.some((w) => ORG_WORDS.has(fold(w))) &&
        isCapital(tokens[i + 1] ?? "") &&
        isNameWord(tokens[i + 1]!)
      ) {
        run.push(t, tokens[i + 1]!);
        i += 2;
        continue;
      }
      // `Isle of Wight`, `Gulf of Mexico`: a feature's word that opens a name takes joiners too.
      const orgSoFar =
        run.some((w) => ORG_WORDS.has(fold(w))) || (run.length === 1 && FEATURE_FRONT.has(f0(run)));
      let k = i;
      let fk = f; // `fold(tokens[k])`, folded once
      while (
        k < i + 2 &&
        tokens[k] !== undefined &&
        (PARTICLES.has(fk) || (orgSoFar && NAME_JOINERS.has(fk))) &&
        /^\p{Ll}/u.test(tokens[k]!)
      )
        fk = fold(tokens[++k] ?? "");
      // Not between acronyms: `TESS de la NASA` is two names.
      const acronyms = isAcronym(run[run.length - 1]!) || isAcronym(tokens[k] ?? "");
      // `consejero de Agricultura de la Junta de Andalucía`: particles lead from a word that names
      // no institution into one that does (`Junta`), where a new name starts.
      const intoOrg = !orgSoFar && ORG_WORDS.has(fk);
      if (
        k > i &&
        isCapital(tokens[k] ?? "") &&
        (PARTICLES.has(f) || orgSoFar) &&
        !acronyms &&
        !intoOrg
      ) {
        run.push(...tokens.slice(i, k), tokens[k]!);
        i = k + 1;
        continue;
      }
      // `М-5 «Урал»`: the road's quoted name is skipped, not a place of its own.
      const roadEnd = roadNameEnd(tokens, start, i);
      if (roadEnd > i) {
        i = roadEnd;
        break;
      }
      // `Ecologistas en Acción`, `Barcelona en Comú`: one word, `en`, and a word that names no
      // place or person is one body's name.
      if (enJoins(tokens, i, run)) {
        run.push(tokens[i]!, tokens[i + 1]!);
        i += 2;
        continue;
      }
      // `Animal and Plant Health Agency`, `Department for Environment, Food and Rural Affairs`.
      const andEnd = conjunctionEnd(tokens, i, run);
      if (andEnd > i) {
        run.push(...tokens.slice(i, andEnd));
        i = andEnd;
        continue;
      }
      const quoteEnd = quotedNameEnd(tokens, start, i);
      if (quoteEnd > i) {
        run.push(...tokens.slice(i, quoteEnd));
        i = quoteEnd;
        break;
      }
      // `ГУ МЧС по Московской области`: a branch's region ends the name.
      const branchEnd = regionalBranchEnd(tokens, i, run);
      if (branchEnd > i) {
        run.push(...tokens.slice(i, branchEnd));
        i = branchEnd;
        break;
      }
      const tail = cyrillicOrgTail(tokens, i, run);
      if (tail > i) {
        run.push(...tokens.slice(i, tail));
        i = tail;
        // `губернатор Томской области Владимир Мазур`: an area's name ends the run, and a
        // person's after an institution's (`федерации волейбола Станислав Шевчук`).
        if (AREA_WORDS.has(tokens[tail - 1]!) || personAt(tokens, tail)) break;
        continue;
      }
      break;
    }
    // `в парке Горького`, `la avenida del Puerto`, `больнице имени Семашко`: the lowercase kind opens the name.
    const from = Math.min(facilityStart(tokens, start), institutionStart(tokens, start));
    if (from < start) run.unshift(...tokens.slice(from, start));
    start = from;
    // `NASA Administrator Bill Nelson`: an institution, then a title and a person.
    const cut = titleInside(run);
    if (cut > 0) {
      out.push(spanOf(tokens, start, start + cut, run.slice(0, cut), start === firstWord));
      out.push(spanOf(tokens, start + cut, i, run.slice(cut), false));
      ranges.push([start, start + cut], [start + cut, i]);
    } else {
      out.push(spanOf(tokens, start, i, run, start === firstWord));
      ranges.push([start, i]);
    }
  }
  if (out.length > 1) markLists(tokens, out, ranges);
  return out.filter((s) => s.words.length > 0);
}
