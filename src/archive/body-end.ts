/**
 * Where the body ends and what inside it is teasers, on the lines the body cleaner (clean-body.ts)
 * has split and classified: prose outside the article's run of prose (prose-run.ts), a soft end
 * marker (`Related articles`) that heads a teaser block or ends the article, an author's note
 * (author-bio.ts) with fewer than two paragraphs after it, which ends the article, and inline
 * "read also" markers that take the teaser after them.
 */
import { endsLikeSentence, isEndMarker, isSoftEndMarker, teaserMarker } from "./boilerplate.ts";
import { isAuthorBioLine } from "./author-bio.ts";
import type { LineKind } from "./classify-line.ts";
import type { SourceLine } from "./source-lines.ts";

/** Where the article runs, by file line (see prose-run.ts). */
export interface RunLines {
  /** Line of the run's first line: prose above it is not body. */
  first: number;
  /** Line of the run's last line: prose below it is teasers, comments or footer. */
  last: number;
  /** Line of the end marker that ends the article, Infinity when none does. */
  marker: number;
}

/** Where the body ends, and the lines marked as teasers by a marker (never taken back as subheads). */
export interface BodyEnd {
  /** Index of the first line after the article (`lines.length` when it runs to the end). */
  end: number;
  /** Indexes of lines a soft end marker or a "read also" marker made teasers. */
  marked: Set<number>;
}

/** A colon ending a marker that introduces what follows: `Leggi anche:`, `A lire aussi :`. */
const INTRODUCING = /:\s*$/;

/** Lines below a link where the article may go on: the link's author line, then a paragraph. */
const RESUME_REACH = 2;

/** Paragraphs below an author's note for the article to go on, as below a soft end marker. */
const MIN_PARAGRAPHS_AFTER_BIO = 2;

/** True when line i is an author's note (author-bio.ts) with fewer than two paragraphs after it in the run. */
function endsWithAuthorBio(
  lines: readonly SourceLine[],
  kinds: readonly LineKind[],
  i: number,
  last: number,
): boolean {
  if (kinds[i] !== "content" || !isAuthorBioLine(lines[i]!.text)) return false;
  let paragraphs = 0;
  // A second author's note (two writers) is no article text either.
  for (let j = i + 1; j < lines.length && lines[j]!.n <= last; j++)
    if (kinds[j] === "content" && !isAuthorBioLine(lines[j]!.text)) paragraphs++;
  return paragraphs < MIN_PARAGRAPHS_AFTER_BIO;
}

/** True when line i is a soft marker ending in a colon, with the article going on below one link. */
function introducesOneLink(
  lines: readonly SourceLine[],
  kinds: readonly LineKind[],
  i: number,
): boolean {
  const text = lines[i]!.text;
  if (!INTRODUCING.test(text) || !isSoftEndMarker(text)) return false;
  for (let j = i + 2; j < lines.length && j <= i + 1 + RESUME_REACH; j++) {
    const next = lines[j]!.text;
    if (kinds[j] === "content" || (INTRODUCING.test(next) && isSoftEndMarker(next))) return true;
  }
  return false;
}

/**
 * Marks the lines outside the run and the teasers inside it, changing `kinds` in place: prose
 * above the run is chrome; below it, prose is teasers and everything from the end marker on is
 * `after-end-marker`. `reach[i]` is the last file line of part i (a dateline joined with the
 * paragraph after it reaches into the run).
 */
export function markBodyEnd(
  lines: readonly SourceLine[],
  kinds: LineKind[],
  reach: readonly number[],
  run: RunLines,
): BodyEnd {
  // Prose above the run is not body (menus, promos, other stories' teasers).
  // A short sentence right above the run's first line may open the article (clean-body.ts judges it).
  for (let i = 0; i < lines.length && reach[i]! < run.first; i++) {
    const opening = kinds[i] === "short" && lines[i + 1]?.n === run.first;
    if ((kinds[i] === "content" || kinds[i] === "short") && !opening) kinds[i] = "chrome";
  }
  // The article ends with its run (the end marker was judged there). Inside it, a soft marker
  // (`Related articles`) heads a teaser block when two paragraphs in a row follow before any hard
  // marker, and ends the article otherwise.
  const marked = new Set<number>();
  let end = lines.length;
  for (let i = 0, seen = false; i < lines.length; i++) {
    if (lines[i]!.n > run.last) {
      end = i;
      break;
    }
    // A marker that ends in a colon (`Leggi anche:`) and introduces one link (with its author's
    // line, perhaps), not a list of them, is an inline "read also" marker: the article goes on.
    if (seen && introducesOneLink(lines, kinds, i)) {
      for (const j of [i, i + 1]) {
        if (j >= lines.length || lines[j]!.n > run.last) break;
        kinds[j] = "teaser";
        marked.add(j);
      }
      i++;
      continue;
    }
    if (seen && isSoftEndMarker(lines[i]!.text)) {
      let resume = -1;
      for (let j = i + 1; j + 1 < lines.length; j++) {
        if (isEndMarker(lines[j]!.text) && !isSoftEndMarker(lines[j]!.text)) break;
        if (kinds[j] === "content" && kinds[j + 1] === "content" && !isEndMarker(lines[j]!.text)) {
          resume = j;
          break;
        }
      }
      if (resume === -1) {
        end = i;
        for (let j = i; j < lines.length; j++) kinds[j] = "after-end-marker";
        break;
      }
      for (let j = i; j < resume; j++) {
        kinds[j] = "teaser";
        marked.add(j);
      }
      i = resume - 1;
      continue;
    }
    // An author's note below the article, little prose after it, ends the article too.
    if (seen && endsWithAuthorBio(lines, kinds, i, run.last)) {
      end = i;
      break;
    }
    if (kinds[i] === "content" && lines[i]!.n >= run.first) seen = true;
  }
  // Below the run: at and after the end marker, nothing is evidence (comments); before it, lines
  // keep their kinds (a sign-off, a closing byline) but prose there is teasers.
  for (let i = end; i < lines.length; i++) {
    if (lines[i]!.n >= run.marker) kinds[i] = "after-end-marker";
    else if (kinds[i] === "content" || kinds[i] === "short") kinds[i] = "teaser";
  }
  // An inline "read also" marker takes the teaser after it (on the same line or the next) with it.
  for (let i = 0; i < end; i++) {
    const rest = teaserMarker(lines[i]!.text);
    if (rest === null) continue;
    kinds[i] = "teaser";
    marked.add(i);
    if (
      rest === "" &&
      i + 1 < end &&
      (kinds[i + 1] !== "content" || !endsLikeSentence(lines[i + 1]!.text))
    ) {
      kinds[i + 1] = "teaser";
      marked.add(i + 1);
    }
  }
  return { end, marked };
}
