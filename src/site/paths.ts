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
/** Site path of a source page. */
export const sourcePath = (slug: string): string => `sources/${slug}.html`;

/** A link from one site path to another: `relativeUrl("articles/a.html", "topics/b.html")` → `../topics/b.html`. */
export function relativeUrl(from: string, to: string): string {
  const fromDirs = from.split("/").slice(0, -1);
  const toParts = to.split("/");
  let common = 0;
  while (
    common < fromDirs.length &&
    common < toParts.length - 1 &&
    fromDirs[common] === toParts[common]
  )
    common++;
  const up = fromDirs.length - common;
  const rest = toParts.slice(common).join("/");
  return (up > 0 ? "../".repeat(up) : "") + (rest === "" ? "index.html" : rest);
}
