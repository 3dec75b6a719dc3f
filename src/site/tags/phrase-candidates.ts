/**
 * An article's candidate key phrases, from its own words (RAKE-like): runs of phrase words
 * (src/site/tags/phrase-words.ts) broken by stopwords, numbers and punctuation, each run's 1 to 3
 * word spans counted by key. Linear in the text; no model. Which of them become tags is decided
 * over the whole archive (article-tags.ts).
 */
import { BREAK, tokenKeys, foldWord, wordKey } from "./phrase-words.ts";

/** One candidate key phrase of an article. */
export interface PhraseCandidate {
  /** The words' keys joined by spaces: what articles share. */
  key: string;
  /** The phrase as the article first writes it, lowercased. */
  name: string;
  /** Times it occurs in the headline and body. */
  count: number;
  /** Index of the word it first starts at (the headline's words come first). */
  first: number;
  /** True when the headline has it. */
  inHeadline: boolean;
}

/** Candidates kept per article: the most salient (see `phraseSalience`). */
export const CANDIDATES_PER_ARTICLE = 12;
/** Longest phrase, in words. */
const MAX_WORDS = 3;
/** Words after the headline that count as the lead, where a story states its subject. */
const LEAD_WORDS = 60;

/** A word, kept whole across inner apostrophes and hyphens; or any other visible character, which ends a run. */
const TOKEN = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*|\S/gu;
/** An English possessive ending, dropped: "the bank's rates" counts "bank". */
const POSSESSIVE = /['’]s$/;
/** Local word numbers are below 2^17, so a span of three packs into one exact number (2^51). */
const SHIFT = 2 ** 17;

/** One span while an article is read: its counts and where its words are. */
interface Span {
  /** Word numbers, from 0. */
  ids: number[];
  /** Occurrences. */
  count: number;
  /** Index of the word it first starts at. */
  first: number;
  /** Index in the article's phrase words of its first occurrence's first word. */
  at: number;
  /** True when the headline has it. */
  inHeadline: boolean;
}

/** Most letters a name's derived word adds to it: "Russia" → "Russian", "Cuba" → "cubano". */
const DERIVED_LETTERS = 3;

/**
 * True for a word key of a name found, or derived from one ("russian" from Russia's "russia"):
 * such a word alone is no tag, the name has its page.
 */
function isNameWord(key: string, nameWords: ReadonlySet<string>): boolean {
  if (nameWords.has(key)) return true;
  for (const w of nameWords)
    if (w.length >= 4 && key.length - w.length <= DERIVED_LETTERS && key.startsWith(w)) return true;
  return false;
}

/** A span's number: its words' numbers (each + 1) packed in base 2^17. */
const spanCode = (ids: readonly number[], from: number, to: number): number => {
  let code = 0;
  for (let i = from; i < to; i++) code = code * SHIFT + ids[i]! + 1;
  return code;
};

/**
 * True for a word that is, alone, almost surely a verb form, which no tag is: an English past
 * tense ("jailed", "collapsed"), a Russian reflexive verb ("вернулся", "открылись"). Spanish verb
 * forms look like nouns and are left to the archive's counts.
 */
function isVerbForm(key: string, language: string): boolean {
  if (language === "en") return key.length >= 6 && key.endsWith("ed") && !key.endsWith("eed");
  if (language === "ru") return key.length >= 5 && /(?:ся|сь)$/.test(key);
  return false;
}

/**
 * How much a phrase of `words` words says about its own article, before the archive is consulted:
 * more with each occurrence (logarithmically), with each word (a longer phrase is more specific),
 * in the headline, and in the lead (its first word at `first`, after `headlineWords` words).
 */
export function salience(
  words: number,
  count: number,
  first: number,
  inHeadline: boolean,
  headlineWords: number,
): number {
  return (
    (1 + Math.log(count)) *
    (1 + 0.5 * (words - 1)) *
    (inHeadline ? 1.5 : first < headlineWords + LEAD_WORDS ? 1.2 : 1)
  );
}

/** `salience` of a candidate. */
export function phraseSalience(c: PhraseCandidate, headlineWords: number): number {
  return salience(c.key.split(" ").length, c.count, c.first, c.inHeadline, headlineWords);
}

/**
 * The candidate key phrases of an article written in `language` (ISO 639-1, the prose's; its
 * stopwords break the runs), most salient first (ties by key), at most `CANDIDATES_PER_ARTICLE`,
 * and the number of words in its headline. Left out: phrases made only of the words of `names`
 * (the people, places and organisations found, which have pages of their own) or words derived
 * from them ("Russian" beside Russia); phrases that occur
 * once; and a span that never occurs outside a longer one ("prime" in "prime minister"). Spans
 * are counted by number, not by string: a string per span of every word was most of the cost.
 */
export function phraseCandidates(
  headline: string,
  paragraphs: readonly string[],
  language: string,
  names: readonly string[],
): { candidates: PhraseCandidate[]; headlineWords: number } {
  const nameWords = new Set<string>();
  for (const name of names)
    for (const w of name.toLowerCase().match(TOKEN) ?? [])
      nameWords.add(wordKey(foldWord(w.replace(POSSESSIVE, "")), language));
  // This article's word keys, numbered: whether each is a name's word or, alone, a verb form.
  const idOf = new Map<string, number>();
  const keys: string[] = [];
  const named: boolean[] = [];
  const verb: boolean[] = [];
  const spans = new Map<number, Span>();
  const surfaces: string[] = [];
  let position = 0;
  let headlineWords = 0;
  const run: number[] = [];
  const tokenKey = tokenKeys(language);
  [headline, ...paragraphs].forEach((text, t) => {
    run.length = 0;
    for (const token of text.toLowerCase().match(TOKEN) ?? []) {
      const key = tokenKey(token);
      if (key !== BREAK) position++;
      if (key === BREAK || key === "") {
        run.length = 0;
        continue;
      }
      let id = idOf.get(key);
      if (id === undefined) {
        if (keys.length >= SHIFT - 1) continue; // beyond any article's vocabulary
        idOf.set(key, (id = keys.push(key) - 1));
        named.push(isNameWord(key, nameWords));
        verb.push(isVerbForm(key, language));
      }
      surfaces.push(token);
      run.push(id);
      if (run.length > MAX_WORDS) run.shift();
      // Every span of the run that ends at this word, shortest first.
      const last = run.length - 1;
      let allNamed = true;
      for (let from = last; from >= 0; from--) {
        allNamed &&= named[run[from]!]!;
        if (allNamed || (from === last && verb[run[last]!])) continue;
        const code = spanCode(run, from, run.length);
        const known = spans.get(code);
        if (known) {
          known.count++;
          if (t === 0) known.inHeadline = true;
        } else
          spans.set(code, {
            ids: run.slice(from),
            count: 1,
            first: position - 1 - (last - from),
            at: surfaces.length - 1 - (last - from),
            inHeadline: t === 0,
          });
      }
    }
    if (t === 0) headlineWords = position;
  });
  // A phrase said once is no subject of the story: spans of several words are then mostly chance
  // neighbours ("fed holds rates"), and single words in the headline mostly its verbs ("sinks").
  const kept = [...spans.values()].filter((s) => s.count > 1);
  const inside = new Set<number>();
  for (const s of kept)
    for (let length = 1; length < s.ids.length; length++)
      for (let from = 0; from + length <= s.ids.length; from++) {
        const part = spanCode(s.ids, from, from + length);
        if (spans.get(part)?.count === s.count) inside.add(part);
      }
  const free = kept
    .filter((s) => !inside.has(spanCode(s.ids, 0, s.ids.length)))
    .map((s): PhraseCandidate => ({
      key: s.ids.map((id) => keys[id]!).join(" "),
      name: surfaces
        .slice(s.at, s.at + s.ids.length)
        .map((t) => t.replace(POSSESSIVE, ""))
        .join(" "),
      count: s.count,
      first: s.first,
      inHeadline: s.inHeadline,
    }));
  const salience = new Map(free.map((c) => [c, phraseSalience(c, headlineWords)]));
  free.sort((a, b) => salience.get(b)! - salience.get(a)! || (a.key < b.key ? -1 : 1));
  return { candidates: free.slice(0, CANDIDATES_PER_ARTICLE), headlineWords };
}
