/**
 * An author's card in the header: the author's name on a line of its own, printed again in the
 * byline or date line right beside it (`Gunter Frank` over `Gunter Frank / 22.04.2020`, `Sara
 * Zinnecker Stand: 05. Februar 2020` over `Sara Zinnecker`). A headline that looks like a name
 * (`Night Buses` over `By Kim Lee`) is not printed again inside its byline.
 */
import type { HeaderView } from "./headline-score.ts";

/**
 * True when the line at `i` is printed again inside the byline, date or meta line right above or
 * right below it: `above` and `below` are its nearest non-blank lines (-1 when none).
 */
export function isAuthorCard(view: HeaderView, i: number, above: number, below: number): boolean {
  const { lines, kind } = view;
  const name = (lines[i] ?? "").trim();
  if (name.length < 4) return false;
  const repeats = (j: number): boolean => {
    const other = lines[j] ?? "";
    return kind(j) === "marked" && other.length > name.length && other.includes(name);
  };
  return (above !== -1 && repeats(above)) || (below !== -1 && repeats(below));
}
