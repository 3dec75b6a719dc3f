/**
 * The people, places and organisations one article names (issue 16). Three passes over its
 * sentences' capitalised runs: the editor's lists and runs with a clear sign of their type make
 * the entities; shorter forms (`Lavrov`, `Rodríguez Parrilla`, `J. Smith`, `Лаврову`, `NATO`
 * after `North Atlantic Treaty Organization`, `the Fed` after `the Federal Reserve`) join the
 * entity they shorten; what is left is kept only when the article gives it a sign elsewhere, or
 * when a list puts a lone word among known places (`Chiva, Utiel y Requena`). A Russian person
 * first named in another case is known by the nominative (`Сергея Лаврова` → `Сергей Лавров`).
 */
import { fold, MONTHS, WEEKDAYS } from "../../archive/language.ts";
import { classifySpan, orgCue, personCue } from "./classify.ts";
import { splitHyphenPair } from "./hyphen-pairs.ts";
import { splitLeadingPlace } from "./leading-place.ts";
import { isGivenName } from "./given-names.ts";
import { NOT_NAMES } from "./lexicon.ts";
import { russianNominative } from "./russian-nominative.ts";
import { findShortFormOwner } from "./short-forms.ts";
import { listKind } from "./list-kind.ts";
import { lowercaseIn } from "./lowercase-words.ts";
import { curatedKey, nameKey } from "./name-key.ts";
import { isEventName } from "./competitions.ts";
import { listedEntry } from "./curated-names.ts";
import { nameSpans, type NameSpan } from "./name-spans.ts";
import type { CuratedNames, Draft, EntityType, FoundEntity } from "./types.ts";

/** Every entity `sentences` name, in order of first mention. */
export function discoverEntities(
  sentences: readonly string[],
  curated: CuratedNames,
): FoundEntity[] {
  const runs: { span: NameSpan; k: number }[] = [];
  for (let k = 0; k < sentences.length; k++)
    for (const run of nameSpans(sentences[k]!))
      for (const part of splitLeadingPlace(run))
        for (const span of splitHyphenPair(part))
          // `World Cup`, `Nobel Prize`: an event is none of the three, unless the editor lists it.
          if (!isEventName(span.words) || listedEntry(curated, span.text)) runs.push({ span, k });
  const lowercase = lowercaseIn(sentences);
  // The one-word runs by their folded word, for the cues a lone word gets elsewhere in the article.
  const alone = new Map<string, NameSpan[]>();
  for (const { span } of runs)
    if (span.words.length === 1) {
      const f = fold(span.words[0]!);
      const list = alone.get(f);
      if (list) list.push(span);
      else alone.set(f, [span]);
    }
  const drafts = new Map<string, Draft>();
  const add = (
    type: EntityType,
    slug: string,
    name: string,
    curatedName: boolean,
    span: NameSpan,
    k: number,
    strength: Draft["strength"],
  ): void => {
    // `Сергея Лаврова` first: the person's id and name are the nominative's, `Сергей Лавров`.
    if (type === "person" && !curatedName && name === span.text) {
      name = russianNominative(span.words);
      slug = name === span.text ? slug : nameKey(name);
    }
    const key = `${type}/${slug}`;
    let d = drafts.get(key);
    if (!d)
      drafts.set(
        key,
        (d = {
          type,
          slug,
          name,
          curated: curatedName,
          aliases: [],
          sentences: new Set(),
          spans: [],
          strength,
        }),
      );
    if (!d.aliases.includes(span.text)) d.aliases.push(span.text);
    // The fullest form names a discovered entity: `Bruno Rodríguez Parrilla`, not `Bruno Rodríguez`.
    if (!d.curated && span.words.length > d.name.split(" ").length && type !== "place")
      d.name = type === "person" ? russianNominative(span.words) : span.text;
    d.sentences.add(k);
    d.spans.push(span);
    if (strength === "strong") d.strength = "strong";
  };
  /** Adds a run by its own verdict (in pass 1, only a name of several words or a strong sign); false when none. */
  const addClassified = (span: NameSpan, k: number, firstPass: boolean): boolean => {
    const verdict = classifySpan(span);
    if (!verdict || curated.excluded.get(nameKey(span.text))?.has(verdict.type)) return false;
    if (firstPass && verdict.strength === "weak" && span.words.length === 1) return false;
    // A lone surname is a person only after a title (`President Lula`): `Castro said`, beside
    // Raúl and Fidel, or `Analysts said`, is none.
    if (verdict.type === "person" && span.words.length === 1 && span.title.length === 0)
      return false;
    const name = verdict.place?.name ?? span.text;
    // The gazetteer's `Moscow` for `MOSCOW` or `Москве` is the editor's `Moscow` when listed.
    const listed = curated.byKey.get(nameKey(name));
    const slug = listed?.type === verdict.type ? listed.slug : nameKey(name);
    if (listed?.type === verdict.type)
      add(listed.type, listed.slug, listed.name, true, span, k, "strong");
    else add(verdict.type, slug, name, false, span, k, verdict.strength);
    // `Московской области`: the nominative, `Московская область`, is a form of the place too.
    const d = verdict.nominative ? drafts.get(`${verdict.type}/${slug}`) : undefined;
    if (d && !d.aliases.includes(verdict.nominative!)) d.aliases.push(verdict.nominative!);
    return true;
  };
  const left: { span: NameSpan; k: number }[] = [];
  // 1. The editor's names, and names of several words with a sign of their type.
  for (const { span, k } of runs) {
    const c = curated.byKey.get(curatedKey(span.text));
    if (c) add(c.type, c.slug, c.name, true, span, k, "strong");
    else if (span.words.length === 1 || !addClassified(span, k, true)) left.push({ span, k });
  }
  const listed: { span: NameSpan; k: number }[] = [];
  // 2. Short forms of what pass 1 found, then the rest by their own sign.
  for (const { span, k } of left) {
    if (isCommonWord(span, lowercase)) continue;
    const found = findShortFormOwner(span, [...drafts.values()], curated);
    // `Fairbairn's, the biscuit maker` beside `Douglas Fairbairn`: a firm's sign beats a surname.
    const owner = found?.type === "person" && firmCue(span) ? undefined : found;
    if (owner) add(owner.type, owner.slug, owner.name, owner.curated, span, k, "weak");
    else if (addClassified(span, k, false)) continue;
    else if (span.words.length === 1) {
      // `Reuters`, `Nvidia`: a lone word is an organisation when one of its mentions has the cue.
      const f = fold(span.words[0]!);
      if (
        !isGivenName(span.words[0]!) &&
        // `told MPs`: an acronym's plural is a common noun (`MPs`, `CEOs`).
        !/^\p{Lu}{2,}s$/u.test(span.words[0]!) &&
        !curated.excluded.get(nameKey(span.text))?.has("organisation") &&
        (alone.get(f) ?? []).some(orgCue)
      )
        add("organisation", nameKey(span.text), span.text, false, span, k, "strong");
      else if (span.list.length > 0) listed.push({ span, k });
    } else {
      // `Bukayo Saka … Saka said`: a name whose surname alone is a person's elsewhere.
      const last = fold(span.words[span.words.length - 1]!);
      if ((alone.get(last) ?? []).some(personCue))
        add("person", nameKey(span.text), span.text, false, span, k, "weak");
    }
  }
  // 3. A word listed with known places is one.
  for (const { span, k } of listed) {
    const type = listKind(span, drafts.values());
    if (type && !curated.excluded.get(nameKey(span.text))?.has(type))
      add(type, nameKey(span.text), span.text, false, span, k, "strong");
  }
  return [...drafts.values()].flatMap((d) => {
    const doubt = doubtOf(d);
    // A single-word name with no sign but its capital is not kept; a weak one of several words is, with its doubt.
    if (
      doubt &&
      !d.curated &&
      d.strength === "weak" &&
      d.name.split(" ").length === 1 &&
      d.type !== "place"
    )
      return [];
    return [
      {
        type: d.type,
        slug: d.slug,
        name: d.name,
        aliases: d.aliases,
        sentences: [...d.sentences].sort((a, b) => a - b),
        doubt: d.curated ? null : doubt,
      },
    ];
  });
}

/** True when the words around a run say it is an organisation, whatever name it shortens. */
function firmCue(span: NameSpan): boolean {
  const v = classifySpan(span);
  return v?.type === "organisation" && v.strength === "strong";
}

/** Why a draft is uncertain, or null. */
function doubtOf(d: Draft): string | null {
  if (d.strength === "strong" || d.spans.some(personCue)) return null;
  return d.sentences.size > 1
    ? `no sign it is a ${d.type} but its shape`
    : "named once, no sign of its type";
}

/** True for a one-word run that is an ordinary word: a function word, or one the article also writes in lowercase. */
function isCommonWord(span: NameSpan, lowercase: (word: string) => boolean): boolean {
  if (span.words.length !== 1) return false;
  const f = fold(span.words[0]!);
  return (
    NOT_NAMES.has(f) ||
    MONTHS.has(f) ||
    WEEKDAYS.has(f) ||
    ((span.initial || f.length < 4) && lowercase(span.words[0]!)) ||
    /^\d/.test(f)
  );
}
