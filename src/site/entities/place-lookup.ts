/**
 * A name looked up in the gazetteer as written or, for Russian, in its nominatives (`Москве` →
 * `Москва`, `Московской области` → `Московская область`), each name once a process.
 */
import { findPlace, foldName, type GeoPlace } from "./geo-gazetteer.ts";
import { russianNominatives } from "./name-key.ts";

/** The gazetteer's place for a name, trying Russian nominatives (`Москве` → `Москва`, `Московской области`). */
export function lookupPlace(text: string): GeoPlace | undefined {
  return placeForm(text)?.place;
}

/** A place and the form of a name that found it. */
export interface PlaceForm {
  /** The gazetteer's place. */
  place: GeoPlace;
  /** The name as written, or the nominative that found it (`Москва` for `Москве`). */
  form: string;
}
/** Look-ups made so far, by the name as written (names recur within and across articles). */
const placeForms = new Map<string, PlaceForm | null>();

/** The gazetteer's place for a name, and the form that found it (`Москва` for `Москве`). */
export function placeForm(text: string, anyTown = false): PlaceForm | undefined {
  const key = anyTown ? `+${text}` : text;
  let hit = placeForms.get(key);
  if (hit === undefined) {
    hit = findPlaceForm(text, anyTown) ?? null;
    if (placeForms.size >= 50_000) placeForms.clear();
    placeForms.set(key, hit);
  }
  return hit ?? undefined;
}

/**
 * `placeForm` uncached. A case form finds only a country, a region or a city of 100,000 people,
 * unless `anyTown` (after a preposition of place: `в Адлере`).
 */
function findPlaceForm(text: string, anyTown: boolean): PlaceForm | undefined {
  const direct = findPlace(foldName(text));
  if (direct && !(ADJECTIVE.test(text) && !isMajor(direct))) return { place: direct, form: text };
  const words = text.split(" ");
  if (words.length > 3) return undefined;
  // Every mix of each word as written and its nominatives: only a country, a region or a city of
  // 100,000 people, so that a case form hits no village (`Новости` is no `Novi`).
  // Each word is folded once, not each mix (a three-word run makes hundreds of mixes).
  let forms: [string, string][] = [["", ""]];
  for (const w of words) {
    // `Одинцове` → `Одинцово`: a town's neuter name, which a person's name never has.
    const neuter = /\p{Script=Cyrillic}е$/u.test(w) ? [`${w.slice(0, -1)}о`] : [];
    const ws = [w, ...russianNominatives(w), ...neuter, ...pluralNominatives(w)].map(
      (x): [string, string] => [x, foldName(x)],
    );
    forms = forms.flatMap(([f, ff]) =>
      ws.map(([x, fx]): [string, string] => (f ? [`${f} ${x}`, `${ff} ${fx}`] : [x, fx])),
    );
  }
  for (const [n, folded] of forms.slice(1)) {
    const p = findPlace(folded);
    if (p && (anyTown || isMajor(p))) return { place: p, form: n };
  }
  return undefined;
}

/** A Russian adjective, which names a town only when the town is large (`Московский`). */
const ADJECTIVE = /^[\p{Script=Cyrillic}]+(?:ский|ская|ское|ской|ских|ого|ому|ый|ий|ая|ое)$/u;
const isMajor = (p: GeoPlace): boolean => p.kind !== "city" || p.population >= 100_000;

/**
 * `Березниках` → `Березники`, `Набережных Челнах` → `Набережные Челны`: a town's plural name in
 * the locative or the genitive, which `russianNominatives` (singular endings) does not undo.
 */
function pluralNominatives(w: string): string[] {
  const m = /^(\p{Script=Cyrillic}{3,})(ах|ях|ых|их)$/u.exec(w);
  if (!m) return [];
  const stem = m[1]!;
  return m[2] === "ых" ? [`${stem}ые`] : m[2] === "их" ? [`${stem}ие`] : [`${stem}и`, `${stem}ы`];
}
