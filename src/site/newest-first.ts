/** The order of every article list. */
import { dateSortKey } from "./format-date.ts";
import type { ArticleLink } from "./types.ts";

/** Newest first, undated last, then by headline: the order of every article list. */
export const newestFirst = (a: ArticleLink, b: ArticleLink): number => {
  const ka = dateSortKey(a.date);
  const kb = dateSortKey(b.date);
  if (ka === "~" || kb === "~")
    return ka === kb ? a.headline.localeCompare(b.headline) : ka === "~" ? 1 : -1;
  return ka < kb ? 1 : ka > kb ? -1 : a.headline.localeCompare(b.headline);
};
