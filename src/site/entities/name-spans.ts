/**
 * Capitalised word runs in a sentence that may be names, each with the words around it that tell
 * what it names. A run keeps name particles between capitals (`Rodríguez de la Parrilla`), joins
 * parts of an institution's name (`Ministry of Foreign Affairs`), and drops a leading title
 * (`Foreign Minister`), which it keeps as context instead. Headline-cased and all-capitals lines
 * give no runs: every word is capitalised there, names or not.
 */
import { fold } from "../../archive/language.ts";
import { cyrillicOrgTail } from "./cyrillic-org-tail.ts";
import { facilityStart, isRoadCode, roadNameEnd } from "./facility-names.ts";
import { opensWithCommonWord } from "./initial-words.ts";
import { quotedNameEnd } from "./quoted-names.ts";
import { conjunctionEnd } from "./span-conjunctions.ts";
import { institutionStart, numberedRun } from "./russian-institutions.ts";
import { settlementAfter, splitBased } from "./span-apposition.ts";
import { AREA_WORDS, NAME_JOINERS, NOT_NAMES, ORG_WORDS, PARTICLES, TITLES } from "./lexicon.ts";
import { isAcronym } from "./name-key.ts";
import { lookupPlace } from "./place-lookup.ts";
import { markLists } from "./span-lists.ts";
import { lastTitleIndex, titleInside } from "./span-titles.ts";
import { isCapital, isHeadlineCased, isNameWord, isWord, tokenize } from "./tokens.ts";

export { isHeadlineCased };

/** Marks that open and close a quoted name. */
const OPENING_QUOTES = new Set(["«", "„", "“", '"', "‘"]);
const CLOSING_QUOTES = new Set(["»", "“", "”", '"', "’"]);

/** A capitalised run that may be a name. */
export interface NameSpan {
  /** The name as written, without a leading title or trailing possessive (`Sergey Lavrov`). */
  text: string;
  /** Its words. */
  words: string[];
  /** The title words stripped from its front, folded (`foreign minister`), or empty. */
  title: string[];
  /** Up to three folded words before it (title excluded), nearest last. */
  before: string[];
  /** Up to three folded words after it. */
  after: string[];
  /** True when a comma stands right before it (an apposition: "the Arsenal manager, Mikel Arteta"). */
  commaBefore: boolean;
  /** True when a parenthesis follows it and holds `acronym` ("Federal Reserve (Fed)"). */
  acronym: string | null;
  /** True when it starts the sentence (where every word is capitalised). */
  initial: boolean;
  /** True when it is a news agency's credit after a dateline (`MOSCOW (Reuters) -`, `/Интерфакс/`). */
  credit: boolean;
  /** True when it stands in quotation marks or guillemets (`«Зенит»`). */
  quoted: boolean;
  /** The names, its own among them, of a list it stands in (`Southeastern, Southern and Thameslink`), or empty. */
  list: string[];
  /** The name right after it across a comma, before the clause ends (`Lincolnshire` of `Coningsby, Lincolnshire,`), or null. */
  commaNext: string | null;
  /** True when a comma stands right after it. */
  commaAfter: boolean;
  /** The settlement's noun of an apposition after it (`town` of `Ashby Green, a market town in`), or null. */
  apposition: string | null;
}

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
      const possessive =
        /['’]s$/u.test(run[run.length - 1]!) && !/^(?:St|Saint)\.?$/u.test(run[0]!);
      // `Института цитологии СО РАН`: an acronym goes on a name though it spells a function word.
      if (isWord(t) && isCapital(t) && (isNameWord(t) || isAcronym(t)) && !possessive) {
        run.push(t);
        i++;
        continue;
      }
      // Particles and joiners only between capitals, joiners only inside an institution's name.
      const f = fold(t);
      const orgSoFar = run.some((w) => ORG_WORDS.has(fold(w)));
      let k = i;
      while (
        k < i + 2 &&
        tokens[k] !== undefined &&
        (PARTICLES.has(fold(tokens[k]!)) || (orgSoFar && NAME_JOINERS.has(fold(tokens[k]!)))) &&
        /^\p{Ll}/u.test(tokens[k]!)
      )
        k++;
      // Not between acronyms: `TESS de la NASA` is two names.
      const acronyms = isAcronym(run[run.length - 1]!) || isAcronym(tokens[k] ?? "");
      // `consejero de Agricultura de la Junta de Andalucía`: particles lead from a word that names
      // no institution into one that does (`Junta`), where a new name starts.
      const intoOrg = !orgSoFar && ORG_WORDS.has(fold(tokens[k] ?? ""));
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
      const tail = cyrillicOrgTail(tokens, i, run);
      if (tail > i) {
        run.push(...tokens.slice(i, tail));
        i = tail;
        // `губернатор Томской области Владимир Мазур`: an area's name ends the run.
        if (AREA_WORDS.has(tokens[tail - 1]!)) break;
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

/**
 * True when the first two or three of `words` name a place of the gazetteer (`New York`, `Los
 * Angeles`, `La Paz`) and no institution's word follows (`El Banco de España` is the bank, not
 * the town of El Banco).
 */
function opensPlace(words: readonly string[]): boolean {
  if (words.some((w) => ORG_WORDS.has(fold(w)))) return false;
  const known = (n: number): boolean =>
    n <= words.length && lookupPlace(words.slice(0, n).join(" ")) !== undefined;
  return known(2) || known(3);
}

/** The span of `run` (tokens[start, end)), its title stripped and its context read. */
function spanOf(
  tokens: readonly string[],
  start: number,
  end: number,
  run: string[],
  initial: boolean,
): NameSpan {
  const title: string[] = [];
  let words = [...run];
  // Leading function words (`The`, `La`, `В`), then a title with its qualifiers and the demonym
  // before them (`Russian Foreign Minister`).
  // `New York`, `Los Angeles`, `La Paz`, `El Salvador`: not when the word opens a known place.
  // `Mr`, `Dr`: an honorific is no function word but the title, read below.
  while (
    words.length > 1 &&
    NOT_NAMES.has(fold(words[0]!)) &&
    !TITLES.has(fold(words[0]!)) &&
    !opensPlace(words)
  )
    words.shift();
  const titleEnd = lastTitleIndex(words);
  if (titleEnd >= 0 && titleEnd < words.length - 1) {
    title.push(...words.slice(0, titleEnd + 1).map(fold));
    words = words.slice(titleEnd + 1);
  } else if (initial && opensWithCommonWord(words)) words = words.slice(1);
  const last = words.length - 1;
  if (last >= 0) words[last] = words[last]!.replace(/['’]s$/u, "");
  // `the Reading-based brewer`: the place, with `based` read as the word after it.
  const based = last >= 0 ? splitBased(words[last]!) : null;
  if (based) words[last] = based[0];
  const before = tokens
    .slice(Math.max(0, start - 4), start)
    .filter(isWord)
    .map(fold)
    .slice(-3);
  const lowerTitle = before.length > 0 && TITLES.has(before[before.length - 1]!);
  // Three words across an apposition's comma (`Extenda, la agencia andaluza`), else what three tokens hold.
  const after = tokens
    .slice(end, end + (tokens[end] === "," ? 4 : 3))
    .filter(isWord)
    .map(fold)
    .slice(0, 3);
  if (based) after.unshift(based[1]);
  const paren =
    tokens[end] === "(" && tokens[end + 2] === ")" && isAcronym(tokens[end + 1] ?? "")
      ? tokens[end + 1]!
      : null;
  return {
    text: words.join(" ").replace(/ ([-’',])/g, "$1"),
    words,
    title: lowerTitle && title.length === 0 ? [before[before.length - 1]!] : title,
    before,
    after,
    commaBefore: tokens[start - 1] === ",",
    acronym: paren,
    initial: initial && title.length === 0,
    quoted: OPENING_QUOTES.has(tokens[start - 1] ?? "") && CLOSING_QUOTES.has(tokens[end] ?? ""),
    credit: isCredit(tokens, start, end),
    list: [],
    commaNext: null,
    commaAfter: tokens[end] === ",",
    apposition: settlementAfter(tokens, end),
  };
}

/**
 * True for a news agency's credit after a dateline: `MOSCOW (Reuters) -`, Russian `МОСКВА, 31
 * января. /ТАСС/.` and `ТОМСК, 1 сентября — РИА Новости.` (a dash, then the name ends a sentence
 * that opens with a dateline in capitals).
 */
function isCredit(tokens: readonly string[], start: number, end: number): boolean {
  const before = tokens[start - 1];
  if (before === "(") return tokens[end] === ")" && /^[-–—]$/.test(tokens[end + 1] ?? "");
  if (before === "/") return tokens[end] === "/";
  return (
    (before === "—" || before === "–") &&
    (tokens[end] === "." || tokens[end] === undefined) &&
    tokens.length - end <= 1 &&
    /^\p{Lu}{3,}$/u.test(tokens[0] ?? "")
  );
}
