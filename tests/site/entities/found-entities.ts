/** What the entity tests ask of discovery: the entities a text names, as `type:name`, with no editor's lists. */
import { compileCuratedNames } from "../../../src/site/entities/curated-names.ts";
import { discoverEntities } from "../../../src/site/entities/discover.ts";
import type { CuratedNames } from "../../../src/site/entities/types.ts";
import { splitSentences } from "../../../src/site/sentences.ts";

/** No editor's names: discovery alone. */
export const NONE: CuratedNames = compileCuratedNames({ person: [], place: [], organisation: [] });

/** The entities `text` names, as `type:name`, in order of first mention. */
export const found = (text: string, curated: CuratedNames = NONE): string[] =>
  discoverEntities(splitSentences(text), curated).map((e) => `${e.type}:${e.name}`);

/** True when `text` names `entity` (`type:name`). */
export const has = (text: string, entity: string): boolean => found(text).includes(entity);
