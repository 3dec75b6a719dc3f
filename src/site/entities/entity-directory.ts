/**
 * The name, page and note of every person, place and organisation across the archive. An entity
 * is known by its id (the editor's slug, or the key every spelling of its name shares, see
 * `nameKey`); its page is named after the name most articles give it (`people/sergey-lavrov.html`
 * whether the articles write Sergey, Sergei or Serguei), or the editor's.
 */
import { slugify } from "../../archive/slug.ts";
import { organisationPath, personPath, placePath } from "../paths.ts";
import type { SiteInputs } from "../site-inputs.ts";
import type { ArticleFacts, EntityDefinition } from "../types.ts";

/** The kinds of entity pages. */
export type EntityKind = "people" | "places" | "organisations";

/** One entity's page. */
export interface EntityEntry {
  /** Display name. */
  name: string;
  /** Site path of its first page. */
  path: string;
  /** The editor's note, or empty. */
  note: string;
}

/** Entity by `kind/id`. */
export type EntityDirectory = ReadonlyMap<string, EntityEntry>;

const PATHS: Record<EntityKind, (slug: string) => string> = {
  people: personPath,
  places: placePath,
  organisations: organisationPath,
};

/** The directory of every entity the articles mention. */
export function entityDirectory(
  facts: readonly ArticleFacts[],
  inputs: SiteInputs,
): EntityDirectory {
  const out = new Map<string, EntityEntry>();
  for (const kind of ["people", "places", "organisations"] as const) {
    const listed = new Map<string, EntityDefinition>(
      (inputs[kind] ?? []).filter((d) => !d.exclude).map((d) => [d.slug, d]),
    );
    // How often each id goes by each name.
    const names = new Map<string, Map<string, number>>();
    for (const f of facts)
      for (const m of f[kind] ?? []) {
        const counts = names.get(m.slug) ?? names.set(m.slug, new Map()).get(m.slug)!;
        counts.set(m.name, (counts.get(m.name) ?? 0) + 1);
      }
    const taken = new Set([...listed.keys()]);
    for (const id of [...names.keys()].sort()) {
      const def = listed.get(id);
      if (def) {
        out.set(`${kind}/${id}`, { name: def.name, path: PATHS[kind](id), note: def.note ?? "" });
        continue;
      }
      const name = [...names.get(id)!].sort(
        (a, b) => b[1] - a[1] || a[0].localeCompare(b[0]),
      )[0]![0];
      let slug = slugify(name) || id;
      for (let n = 2; taken.has(slug); n++) slug = `${slugify(name) || id}-${n}`;
      taken.add(slug);
      out.set(`${kind}/${id}`, { name, path: PATHS[kind](slug), note: "" });
    }
  }
  return out;
}
