/**
 * The real gazetteer a name must be in to count as a place: countries in English, Spanish and
 * Russian, the first-level divisions and regions of `divisions.ts`, the waters of `waters.ts`,
 * and the cities of GeoNames (CC BY 4.0) of at least 15,000 people. `build-name-data.ts` compiles them from their
 * packages into `gazetteer.tsv` (one place a line: kind, population, English name, then every
 * name), searched in place once a process (a worker thread) derives its first article: a few
 * milliseconds, where reading the packages took seconds.
 */
import { readFileSync } from "node:fs";

/** A place of the gazetteer. */
export interface GeoPlace {
  /** English name (`Moscow`, `United States`, `Cumbria`). */
  name: string;
  /** Country; region (a state, county, continent, sea); or city. */
  kind: "country" | "region" | "city";
  /** Population (0 for countries and regions: they always win). */
  population: number;
}

let lines: string[] | null = null;
const found = new Map<string, GeoPlace | null>();

/** A name as the gazetteer keys it: lowercase, no accents, `ё` as `е`. */
export function foldName(name: string): string {
  // Not the memoized `fold`: names seen once would only fill its cache.
  return name.toLowerCase().normalize("NFKD").replace(/\p{M}/gu, "").replace(/ё/g, "е");
}

/**
 * The place a folded name names, or undefined. The file is read on first use and searched as it
 * is (its lines, sorted by name, by binary search): parsing its 60,000 lines into a map cost ten times more
 * than all the look-ups of a worker's articles.
 */
export function findPlace(folded: string): GeoPlace | undefined {
  let hit = found.get(folded);
  if (hit === undefined) {
    lines ??= readFileSync(new URL("./gazetteer.tsv", import.meta.url), "utf8")
      .trimEnd()
      .split("\n");
    hit = searchSorted(lines, folded);
    if (found.size >= 50_000) found.clear();
    found.set(folded, hit);
  }
  return hit ?? undefined;
}

/** Binary search of `key` in sorted lines `key<TAB>kind<TAB>population<TAB>name`. */
export function searchSorted(lines: readonly string[], key: string): GeoPlace | null {
  let lo = 0;
  let hi = lines.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const line = lines[mid]!;
    const k = line.slice(0, line.indexOf("\t"));
    if (k === key) {
      const [, kind, population, name] = line.split("\t");
      return { kind: kind as GeoPlace["kind"], population: Number(population), name: name! };
    }
    if (k < key) lo = mid + 1;
    else hi = mid;
  }
  return null;
}
