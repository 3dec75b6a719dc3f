/**
 * An article's page name. It depends only on its own file (see slug.ts), so pages keep their
 * address across rebuilds; collisions between files are reported by the loader.
 */
import { frontMatterProvenance } from "./front-matter-overrides.ts";
import { slugify } from "./slug.ts";
import type { Provenance, ReadFile } from "./types.ts";

/** A slug with where it came from. */
export interface ArticleSlug {
  /** The page name. */
  slug: string;
  /** Front matter's `slug:` line, or derived from the headline. */
  provenance: Provenance;
}

/** `slug:` from front matter, else the headline's slug, else the file name's (a headline of only symbols has none). */
export function articleSlug(file: ReadFile, headline: string): ArticleSlug {
  const given = file.frontMatter.slug;
  const slug =
    given ??
    (slugify(headline) ||
      slugify(file.path.replace(/^.*\//, "").replace(/\.[^.]+$/, "")) ||
      "article");
  const provenance: Provenance = given
    ? frontMatterProvenance(file, "slug")
    : { from: "derived", rule: "headline" };
  return { slug, provenance };
}
