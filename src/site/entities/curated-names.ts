/**
 * The editor's lists (`data/people.json`, `places.json`, `organisations.json`) compiled for the
 * discovery: a listed name or alias always means its entry (rename, merge, or type a name), a
 * short form means it only beside a full form, and an entry with `"exclude": true` says its names
 * are not of that type at all.
 */
import type { EntityDefinition } from "../types.ts";
import { curatedKey, nameKey } from "./name-key.ts";
import type { CuratedName, CuratedNames, EntityType } from "./types.ts";

/** The editor's lists by type. */
export type EditorLists = Record<EntityType, readonly EntityDefinition[]>;

/** Compiles the lists; a name in two lists keeps the first (people, then places, then organisations). */
export function compileCuratedNames(lists: EditorLists): CuratedNames {
  const byKey = new Map<string, CuratedName>();
  const shortForms = new Map<string, CuratedName>();
  const excluded = new Map<string, Set<EntityType>>();
  for (const type of ["person", "place", "organisation"] as const) {
    for (const d of lists[type]) {
      const names = [d.name, ...(d.aliases ?? [])];
      if (d.exclude) {
        for (const n of names) {
          const k = curatedKey(n);
          (excluded.get(k) ?? excluded.set(k, new Set()).get(k)!).add(type);
        }
        continue;
      }
      const entry: CuratedName = { type, slug: d.slug, name: d.name };
      for (const n of names) if (!byKey.has(curatedKey(n))) byKey.set(curatedKey(n), entry);
      for (const n of d.shortForms ?? [])
        if (!shortForms.has(curatedKey(n))) shortForms.set(curatedKey(n), entry);
    }
  }
  return { byKey, shortForms, excluded };
}

/**
 * The editor's entry for a name as written (`WHO`, `MADRID`, `Tom Ford`): by its exact key, so an
 * acronym in a list matches only in capitals, else by its folded key.
 */
export function listedEntry(curated: CuratedNames, written: string): CuratedName | undefined {
  return curated.byKey.get(curatedKey(written)) ?? curated.byKey.get(nameKey(written));
}
