/**
 * A breadcrumb trail over the headline: `Home » Reisen » Night Buses`, `Sie sind hier: Startseite
 * › Essen`, `Home Johannes` once copied. Its last item is the page's title (or its section), which
 * the page prints again on its own line below; the trail is then not the title, and the line it
 * ends with, right under it, is.
 */
import { isNavigationLine } from "./navigation-lines.ts";

/** Points lost by a breadcrumb trail over the title (`Home » Travel » Night Buses`). */
export const TRAIL_COST = 2;
/** Points for a line that the breadcrumb trail right above it ends with (`Home Johannes` over `Johannes`). */
export const TRAIL_END_POINTS = 3;

/** A line as compared with a trail's end: lowercase, letters and digits only, single spaces. */
const folded = (line: string): string =>
  line
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();

/** The items before `end` when `line` ends with the whole text of `end` after more words, else null. */
function leadBefore(line: string, end: string): string | null {
  const a = folded(line);
  const b = folded(end);
  return b.length > 0 && a.length > b.length && a.endsWith(" " + b)
    ? a.slice(0, a.length - b.length - 1)
    : null;
}

/** A separator of a trail's items: an arrow or a guillemet set apart by spaces. */
const TRAIL_SEPARATOR = /\s[»›>→]+\s/u;

/**
 * True when `line` is a breadcrumb trail ending with `end`: items set apart by arrows, or
 * navigation words before it (`Home`, `Startseite`) — not any line that ends with the same words.
 */
export function isTrailEnd(line: string, end: string): boolean {
  const lead = leadBefore(line, end);
  if (lead === null) return false;
  return TRAIL_SEPARATOR.test(line) || isNavigationLine(lead);
}

/** Lines of the header a trail's last item is looked for in: the nearest few. */
const TRAIL_REACH = 12;

/**
 * True when the line at `i` is a trail whose end is printed again below it, before the run at
 * `start`: right under it (any line ending with the next line's words), or a few lines farther
 * down when its items are set apart by arrows.
 */
export function isTrailOver(
  lines: readonly string[],
  i: number,
  next: number,
  start: number,
): boolean {
  const line = lines[i] ?? "";
  if (next === -1) return false;
  if (leadBefore(line, lines[next] ?? "") !== null) return true;
  if (!TRAIL_SEPARATOR.test(line)) return false;
  const last = Math.min(start, next + TRAIL_REACH);
  for (let j = next + 1; j < last; j++)
    if ((lines[j] ?? "").trim() !== "" && leadBefore(line, lines[j] ?? "") !== null) return true;
  return false;
}
