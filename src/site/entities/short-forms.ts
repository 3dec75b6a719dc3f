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
  const fits = drafts.filter((d) =>
    d.type === "person"
      ? isPartOfName(span.words, d)
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

/** True when `words` are a run of the person's name words (`Rodríguez Parrilla`) or initials and a surname (`J. Smith`). */
function isPartOfName(words: readonly string[], d: Draft): boolean {
  if (words.length === 1 && isAcronym(words[0]!)) return false;
  return d.aliases.some((alias) => {
    const full = alias.split(" ");
    if (full.length <= words.length) return false;
    const fullKeys = full.map(nameKey);
    const at = (w: string, i: number): boolean =>
      /^\p{Lu}\.$/u.test(w) ? fold(full[i]![0]!) === fold(w[0]!) : keysOf(w).includes(fullKeys[i]!);
    for (let start = 0; start + words.length <= full.length; start++)
      if (words.every((w, j) => at(w, start + j))) return true;
    return false;
  });
}

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
