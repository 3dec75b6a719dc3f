/**
 * One capitalised run read as a span: its leading function words and title stripped, the words
 * around it read as its context.
 */
import { fold } from "../../archive/language.ts";
import { isCredit } from "./agency-credit.ts";
import { opensWithCommonWord } from "./initial-words.ts";
import { NOT_NAMES, ORG_WORDS, TITLES } from "./lexicon.ts";
import type { NameSpan } from "./name-span.ts";
import { isAcronym } from "./name-key.ts";
import { lookupPlace } from "./place-lookup.ts";
import { settlementAfter, splitBased } from "./span-apposition.ts";
import { lastTitleIndex } from "./span-titles.ts";
import { isWord } from "./tokens.ts";

/** A Spanish article set with a capital (`La`, `Los`). */
const SPANISH_ARTICLE = /^(?:La|Las|El|Los)$/u;
/** Letters after a person's name: an office or an honour (`KC`, `MP`, `OBE`). */
const POST_NOMINALS = new Set(["KC", "QC", "MP", "MEP", "MSP", "OBE", "MBE", "CBE"]);

/** Marks that open a quoted name. */
const OPENING_QUOTES = new Set(["«", "„", "“", '"', "‘"]);
/** Marks that close a quoted name. */
const CLOSING_QUOTES = new Set(["»", "“", "”", '"', "’"]);

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

/** True for a folded word a span sheds from its start: a function word that is no title. */
const isLeadingFunctionWord = (f: string): boolean => NOT_NAMES.has(f) && !TITLES.has(f);

/** The folded words among `tokens[from, to)`. */
function foldedWords(tokens: readonly string[], from: number, to: number): string[] {
  const out: string[] = [];
  for (let k = from; k < Math.min(to, tokens.length); k++)
    if (isWord(tokens[k]!)) out.push(fold(tokens[k]!));
  return out;
}

/** The span of `run` (tokens[start, end)), its title stripped and its context read. */
export function spanOf(
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
  // `salió de La Robla`: after a lowercase word Spanish capitalises an article only in a name.
  // Not before an institution's word (`El Banco de España`), which takes its article in lowercase.
  const named =
    /^\p{Ll}/u.test(tokens[start - 1] ?? "") &&
    SPANISH_ARTICLE.test(words[0]!) &&
    !ORG_WORDS.has(fold(words[1] ?? ""));
  while (words.length > 1 && !named && isLeadingFunctionWord(fold(words[0]!)) && !opensPlace(words))
    words.shift();
  const titleEnd = lastTitleIndex(words);
  if (titleEnd >= 0 && titleEnd < words.length - 1) {
    title.push(...words.slice(0, titleEnd + 1).map(fold));
    words = words.slice(titleEnd + 1);
  } else if (initial && opensWithCommonWord(words)) words = words.slice(1);
  // `Helen Okafor KC`, `Jane Doe MP`: letters after a person's name are no part of it.
  if (words.length > 2 && POST_NOMINALS.has(words[words.length - 1]!)) words = words.slice(0, -1);
  const last = words.length - 1;
  if (last >= 0 && (words[last]!.endsWith("'s") || words[last]!.endsWith("’s")))
    words[last] = words[last]!.slice(0, -2);
  // `the Reading-based brewer`: the place, with `based` read as the word after it.
  const based = last >= 0 ? splitBased(words[last]!) : null;
  if (based) words[last] = based[0];
  const before = foldedWords(tokens, Math.max(0, start - 4), start).slice(-3);
  const lowerTitle = before.length > 0 && TITLES.has(before[before.length - 1]!);
  // Four words across an apposition's comma (`Extenda, la agencia andaluza`, `X, the
  // family-owned biscuit maker`), else what three tokens hold.
  const comma = tokens[end] === ",";
  const after = foldedWords(tokens, end, end + (comma ? 8 : 3)).slice(0, comma ? 4 : 3);
  if (based) after.unshift(based[1]);
  const paren =
    tokens[end] === "(" && tokens[end + 2] === ")" && isAcronym(tokens[end + 1] ?? "")
      ? tokens[end + 1]!
      : null;
  return {
    // One word has no space before a mark to close up.
    text: words.length > 1 ? words.join(" ").replace(/ ([-’',])/g, "$1") : words.join(" "),
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
