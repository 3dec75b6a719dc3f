/**
 * Page paths and the relative links between them. Every link is relative (`../topics/x.html`),
 * so the site works under any sub-path and opened straight from disk.
 */

/** Site path of an article page. */
export const articlePath = (slug: string): string => `articles/${slug}.html`;
/** Site path of the page showing an article's original file. */
export const articleSourcePath = (slug: string): string => `articles/${slug}.source.html`;
/** Site path of a theme page. */
export const themePath = (slug: string): string => `topics/${slug}.html`;
/** Site path of a person page. */
export const personPath = (slug: string): string => `people/${slug}.html`;
/** Site path of a place page. */
export const placePath = (slug: string): string => `places/${slug}.html`;
/** Site path of an organisation page. */
export const organisationPath = (slug: string): string => `organisations/${slug}.html`;
/** Site path of a tag page. */
export const tagPath = (slug: string): string => `tags/${slug}.html`;
/** Site path of a source page. */
export const sourcePath = (slug: string): string => `sources/${slug}.html`;

/** A link from one site path to another: `relativeUrl("articles/a.html", "topics/b.html")` → `../topics/b.html`. */
export function relativeUrl(from: string, to: string): string {
  // Character by character (a render calls this for every link): `common` is the length of the
  // folders both paths share, up to and including a slash.
  const fromDir = from.lastIndexOf("/") + 1;
  let common = 0;
  for (let i = 0; i < fromDir && i < to.length && from.charCodeAt(i) === to.charCodeAt(i); i++)
    if (from.charCodeAt(i) === 47) common = i + 1;
  let up = 0;
  for (let i = common; i < fromDir; i++) if (from.charCodeAt(i) === 47) up++;
  const rest = to.slice(common);
  return (up > 0 ? "../".repeat(up) : "") + (rest === "" ? "index.html" : rest);
}

/** Site path of a year of the publication timeline. */
export const yearPath = (year: number): string => `timeline/${year}.html`;
/** Site path of a decade of the events timeline (`events/1950s.html`). */
export const eventsPath = (decade: number): string => `events/${decade}s.html`;
/** Site path of page `n` of a list whose first page is `first`: `topics/x.html` → `topics/x/2.html` (a folder, so no slug can collide). */
export const numberedPath = (first: string, n: number): string =>
  n === 1 ? first : first.replace(/\.html$/, `/${n}.html`);
/** Site path of a term's articles of one year (null: the undated ones): `topics/x.html` → `topics/x/2021.html`. */
export const termYearPath = (first: string, year: number | null): string =>
  first.replace(/\.html$/, `/${year ?? "undated"}.html`);
/** Site path of the page of articles whose source is not stated (a folder no source slug can take). */
export const UNSOURCED_PATH = "sources/not-stated/index.html";
/** Site path of the timeline page of undated articles. */
export const UNDATED_PATH = "timeline/undated.html";
