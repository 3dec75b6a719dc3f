/**
 * The editable data files (site settings, taxonomy, gazetteer): read from the data folder, and
 * checked against what the articles' front matter asks of them.
 */
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { diagnostic } from "../archive/diagnostic.ts";
import { slugify } from "../archive/slug.ts";
import type { Diagnostic } from "../archive/types.ts";
import { withDefaultTopics } from "./default-topics.ts";
import type { EntityDefinition, SiteConfig, ThemeDefinition } from "./types.ts";

/** The editable data files. */
export interface SiteInputs {
  /** `site.json`. */
  config: SiteConfig;
  /** `themes.json`: the taxonomy, with the default topics (src/site/default-topics.ts). */
  themes: ThemeDefinition[];
  /** `people.json`. */
  people: EntityDefinition[];
  /** `places.json`. */
  places: EntityDefinition[];
  /** `organisations.json` (optional: none when the file is absent). */
  organisations: EntityDefinition[];
}

/** The data files and what reading them found. */
export interface LoadedSiteInputs {
  /** The data. */
  inputs: SiteInputs;
  /** Warnings: files read from the old folder. */
  diagnostics: Diagnostic[];
}

/** Default folder of the data files: top level, where editors look, outside the code. */
export const SITE_DATA_DIR = "data";

/**
 * Where the data files lived until issue 14, relative to the project root (the data folder's
 * parent). Still read, with a warning, so an archive set up before the move keeps building.
 */
export const OLD_SITE_DATA_DIR = "src/site/data";

/**
 * Reads the data files from `dir`. A file that `dir` lacks is read from the old folder beside it
 * (`<dir>/../src/site/data/`) when it is there, with a warning that says to move it.
 */
export function loadSiteInputs(dir: string = SITE_DATA_DIR): LoadedSiteInputs {
  const oldDir = join(dirname(dir), OLD_SITE_DATA_DIR);
  const fromOldDir: string[] = [];
  const read = <T>(name: string): T => {
    let path = join(dir, name);
    if (!existsSync(path) && existsSync(join(oldDir, name))) {
      path = join(oldDir, name);
      fromOldDir.push(name);
    }
    return JSON.parse(readFileSync(path, "utf8")) as T;
  };
  const config = read<SiteConfig>("site.json");
  const inputs = {
    config,
    // The editor's themes beside the default topics (issue 16), unless site.json turns them off.
    themes: withDefaultTopics(
      read<ThemeDefinition[]>("themes.json"),
      config.defaultTopics !== false,
    ),
    people: entityList(read<EntityDefinition[]>("people.json")),
    places: entityList(read<EntityDefinition[]>("places.json")),
    // Optional: an archive set up before issue 16 has none.
    organisations:
      existsSync(join(dir, "organisations.json")) || existsSync(join(oldDir, "organisations.json"))
        ? entityList(read<EntityDefinition[]>("organisations.json"))
        : [],
  };
  // One warning for the folder, not one per file: the fix is one move.
  const diagnostics =
    fromOldDir.length === 0
      ? []
      : [
          diagnostic(
            "warning",
            oldDir,
            null,
            "old-data-folder",
            `${fromOldDir.join(", ")} read from ${oldDir}/, where the data files lived before they moved to ${dir}/`,
            `move ${oldDir}/*.json to ${dir}/`,
          ),
        ];
  return { inputs, diagnostics };
}

/** An editor's list with what an entry may leave out filled in: the slug of its name, no aliases. */
function entityList(list: EntityDefinition[]): EntityDefinition[] {
  return list.map((d) => ({ ...d, slug: d.slug || slugify(d.name), aliases: d.aliases ?? [] }));
}

/** The themes an editor gave an article in front matter, and the line. */
export interface ThemeClaim {
  /** Path of the file. */
  file: string;
  /** Theme slugs from front matter (empty when the rules chose). */
  themes: readonly string[];
  /** Line of the `themes` key, or null. */
  line: number | null;
}

/** Problems between the articles and the data files: a theme in front matter that the taxonomy lacks. */
export function checkSiteInputs(claims: readonly ThemeClaim[], inputs: SiteInputs): Diagnostic[] {
  const known = new Set(inputs.themes.map((t) => t.slug));
  return claims.flatMap((f) =>
    f.themes
      .filter((t) => !known.has(t))
      .map((t) =>
        diagnostic(
          "error",
          f.file,
          f.line,
          "unknown-theme",
          `the theme "${t}" is not in the taxonomy`,
          `use one of: ${[...known].join(", ")} (or add it to ${SITE_DATA_DIR}/themes.json)`,
        ),
      ),
  );
}
