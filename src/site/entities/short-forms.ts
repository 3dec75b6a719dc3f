/**
 * Which entity a shorter form stands for, within one article: a surname or part of a full name
 * (`Lavrov`, `Rodríguez Parrilla`, Russian `Лаврову`), initials (`J. Smith`), an acronym of an
 * institution's name or one it was given in parentheses (`NATO`, `Fed`), or the first letters of
 * its first word (`the Fed` after `the Federal Reserve`). Only a form that fits exactly one entity
 * is joined to it: `Castro` beside both Raúl and Fidel joins neither.
 */
import { fold } from "../../archive/language.ts";
import { curatedKey, initialsOf, isAcronym, nameKey, russianNominatives } from "./name-key.ts";
import type { NameSpan } from "./name-spans.ts";
import type { CuratedNames, Draft } from "./types.ts";

/** The one draft `span` is a short form of, or null. */
export function findShortFormOwner(
  span: NameSpan,
  drafts: readonly Draft[],
  curated: CuratedNames,
): Draft | null {
  const c = curated.shortForms.get(curatedKey(span.text));
  if (c) {
    const d = drafts.find((x) => x.slug === c.slug && x.type === c.type);
    if (d) return d;
  }
  // Each word's keys, made when first needed, once for all the people's names it is compared with.
  const keys: (string[] | undefined)[] = [];
  const fits = drafts.filter((d) =>
    d.type === "person"
      ? isPartOfName(span.words, keys, d)
      : d.type === "organisation"
        ? isShortOfOrganisation(span, d)
        : false,
  );
  return fits.length === 1 ? fits[0]! : null;
}

/** The keys a word may have, its Russian nominatives included. */
const keysOf = (word: string): string[] => [
  nameKey(word),
  ...russianNominatives(word).map(nameKey),
];

/**
 * True when `words` are a run of the person's name words (`Rodríguez Parrilla`) or initials and a
 * surname (`J. Smith`); `keys` holds the words' keys made so far (see `wordFits`).
 */
function isPartOfName(words: readonly string[], keys: (string[] | undefined)[], d: Draft): boolean {
  if (words.length === 1 && isAcronym(words[0]!)) return false;
  return d.aliases.some((alias) => {
    const full = alias.split(" ");
    if (full.length <= words.length) return false;
    const fullKeys = full.map(nameKey);
    for (let start = 0; start + words.length <= full.length; start++)
      if (words.every((w, j) => wordFits(w, j, keys, full, fullKeys, start + j))) return true;
    return false;
  });
}

/**
 * True when `w`, word `j` of a short form, fits word `i` of a full name (`full`, with its
 * `fullKeys`): an initial by its letter, another word by its keys, made into `keys[j]` when first
 * needed. (A function of its own, not a closure: closures made per name cost more than the test.)
 */
function wordFits(
  w: string,
  j: number,
  keys: (string[] | undefined)[],
  full: readonly string[],
  fullKeys: readonly string[],
  i: number,
): boolean {
  if (INITIAL.test(w)) return fold(full[i]![0]!) === fold(w[0]!);
  return (keys[j] ??= keysOf(w)).includes(fullKeys[i]!);
}

/** An initial: a capital and a dot (`J.`). */
const INITIAL = /^\p{Lu}\.$/u;

/** True when `span` is an acronym, a given short name or a clipped first word of the organisation. */
function isShortOfOrganisation(span: NameSpan, d: Draft): boolean {
  if (span.words.length !== 1) return false;
  const w = span.words[0]!;
  if (isAcronym(w)) {
    const plain = w.replace(/\./g, "");
    return (
      d.spans.some((s) => s.acronym === w) ||
      d.aliases.some((a) => a.split(" ").length > 1 && initialsOf(a) === plain)
    );
  }
  // `Fed` for `Federal Reserve`: a clipped first word, three letters or more.
  const f = fold(w);
  return (
    f.length >= 3 &&
    d.aliases.some((a) => {
      const first = fold(a.split(" ")[0]!);
      return a.includes(" ") && first !== f && first.startsWith(f) && span.before.includes("the");
    })
  );
}
