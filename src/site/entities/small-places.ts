/**
 * Signs that a name the gazetteer lacks (a town under 15,000 people, a district) is a place, read
 * from the words around its run: `the Kupwara district`, `la región del Catatumbo`, `Coningsby,
 * Lincolnshire`, and in Russian a town's suffix or a smaller town after `в` (`в Зеленоградске`,
 * `в Адлере`), where `в` alone as often stands before a ministry (`сообщили в Минздраве`).
 */
import type { Verdict } from "./types.ts";
import { isGivenName } from "./given-names.ts";
import { ORG_WORDS } from "./lexicon.ts";
import type { NameSpan } from "./name-spans.ts";
import { lookupPlace, placeForm } from "./place-lookup.ts";

/** Lowercase words after a name that make it an area's (`the Kupwara district`). */
const AREA_AFTER = new Set(["district", "region", "county", "province", "municipality"]);
/** The word a hyphen joined to a place (`Harlow-based`; see span-apposition.ts). */
const BASED = new Set(["based", "born", "headquartered"]);
/** Prepositions that put a place inside another after a comma (`, en León`). */
const IN = new Set(["in", "en"]);
/** Russian prepositions of place. */
const RUSSIAN_IN = new Set(["в", "во", "из", "под", "около", "возле", "близ"]);
/** Endings of a Russian adjective in the oblique cases. */
const ADJECTIVE = /(?:ом|ой|ого|ому|ым|их|ых|ую)$/u;
/** Endings of Russian towns' names in any case (`Зеленоградске`, `Калининграде`, `Пушкино`). */
const TOWN_SUFFIX = /(?:ск|ска|ске|град|града|граде|поль|поля|поле|бург|бурга|бурге)$/u;

/** The verdict of a sign of a small place around `s` (whose gazetteer place is `place`), or null. */
export function smallPlace(s: NameSpan, place: unknown): Verdict | null {
  if (place) return null;
  // `Ashby Green, a market town in Leicestershire`, `the Harlow-based firm`.
  if (s.apposition || BASED.has(s.after[0] ?? "")) return { type: "place", strength: "strong" };
  const prev = s.before[s.before.length - 1] ?? "";
  // `из Нового Уренгоя`: a town of two words, under 100,000 people, after a preposition of place.
  if (s.words.length === 2 && RUSSIAN_IN.has(prev) && /^\p{Script=Cyrillic}/u.test(s.text)) {
    const town = placeForm(s.text, true);
    if (town)
      return { type: "place", strength: "strong", place: town.place, nominative: town.form };
  }
  if (s.words.length > 1 && isGivenName(s.words[0]!)) return null;
  // `La Robla, en León`, `Tenbury Wells, in Worcestershire`: a name, then where it lies.
  const [link, where] = s.after;
  if (s.words.length > 1 && s.commaAfter && IN.has(link ?? "") && where && lookupPlace(where))
    return { type: "place", strength: "strong" };
  if (
    AREA_AFTER.has(s.after[0] ?? "") &&
    s.before.includes("the") &&
    !ORG_WORDS.has(s.after[1] ?? "")
  )
    return { type: "place", strength: "strong" };
  if (s.words.length !== 1) return null;
  // `в Адлере`: a town the gazetteer has, after `в`, even where a rare given name is spelt alike
  // (`Adler`); a person is seldom `в` anyone.
  const russianTown = RUSSIAN_IN.has(prev) && /^\p{Script=Cyrillic}/u.test(s.words[0]!);
  if (russianTown && !ADJECTIVE.test(s.words[0]!)) {
    const town = placeForm(s.text, true);
    if (town)
      return { type: "place", strength: "strong", place: town.place, nominative: town.form };
  }
  if (isGivenName(s.words[0]!)) return null;
  // `Coningsby, Lincolnshire`: a town, then its region or country.
  if (s.commaNext) {
    const region = lookupPlace(s.commaNext);
    if (region && region.kind !== "city") return { type: "place", strength: "strong" };
  }
  // Not an adjective (`в Николаевском зале`), which names a hall or a district as often.
  if (!russianTown || ADJECTIVE.test(s.words[0]!)) return null;
  return TOWN_SUFFIX.test(s.words[0]!) ? { type: "place", strength: "weak" } : null;
}
