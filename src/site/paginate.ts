/**
 * Lists that grow with the archive (a theme's articles, a year, a decade of events) are split into
 * pages of a fixed size, so no page grows without bound.
 */
import type { PageNumber } from "./types.ts";

/** Articles on one page of a theme, person, place or source. */
export const TERM_PAGE_SIZE = 100;

/** Splits a list into pages of `size` (an empty list is one empty page). */
export function paginate<T>(
  items: readonly T[],
  size: number,
  path: (n: number) => string,
): { items: T[]; page: PageNumber }[] {
  const count = Math.max(1, Math.ceil(items.length / size));
  const paths = Array.from({ length: count }, (_, i) => path(i + 1));
  return paths.map((_, i) => ({
    items: items.slice(i * size, (i + 1) * size),
    page: { number: i + 1, paths },
  }));
}
