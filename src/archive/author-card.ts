/**
 * An author's card in the header: the author's name on a line of its own, printed again in the
 * byline or date line right beside it (`Gunter Frank` over `Gunter Frank / 22.04.2020`, `Sara
 * Zinnecker Stand: 05. Februar 2020` over `Sara Zinnecker`). A headline that looks like a name
 * (`Night Buses` over `By Kim Lee`) is not printed again inside its byline.
 */
import type { HeaderView } from "./headline-score.ts";

/**
 * True when the line at `i` is printed again inside the byline, date or meta line right above or
 * right below it (the nearest non-blank lines). Looks at those two lines only.
 */
export function isAuthorCard(view: HeaderView, i: number): boolean {
  const { lines, kind } = view;
  const name = (lines[i] ?? "").trim();
  if (name.length < 4) return false;
  const repeats = (j: number): boolean => {
    const other = lines[j] ?? "";
    return kind(j) === "marked" && other.length > name.length && other.includes(name);
  };
  let above = i - 1;
  while (above >= 0 && kind(above) === "blank") above--;
  let below = i + 1;
  while (below < lines.length && kind(below) === "blank") below++;
  return (above >= 0 && repeats(above)) || (below < lines.length && repeats(below));
}
