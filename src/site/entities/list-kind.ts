/**
 * The kind a list gives a name no sign types: `Chiva, Utiel y Paiporta` beside a known town is
 * a list of places (see `span-lists.ts`). Only places: a list beside a known organisation as
 * often goes on with its name (`Asociación de Usuarios de Bancos, Cajas y Seguros`) or names
 * products and people, and on the second held-out set it found no organisation right.
 */
import { personCue } from "./classify.ts";
import { isGivenName } from "./given-names.ts";
import type { NameSpan } from "./name-spans.ts";
import type { Draft, EntityType } from "./types.ts";

/**
 * `place` when `span` is one word listed only with known places, else null. A word that is a
 * given name, or that a verb of speech or a title marks as a person, takes none.
 */
export function listKind(span: NameSpan, drafts: Iterable<Draft>): EntityType | null {
  if (span.words.length > 1 || isGivenName(span.words[0]!) || personCue(span)) return null;
  const kinds = new Set<EntityType>();
  for (const d of drafts)
    if (span.list.some((name) => name !== span.text && d.aliases.includes(name))) kinds.add(d.type);
  return kinds.size === 1 && kinds.has("place") ? "place" : null;
}
