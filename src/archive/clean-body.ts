/**
 * Separates the article from the page around it. Each line is classified on its own
 * (classify-line.ts), then with its neighbours in mind (jusText's context rules, on lines):
 *   - chrome glued onto a paragraph is cut off; a dateline alone on its line joins the next;
 *   - an end marker (`Comentarios`, `You may also like`, `To participate in the discussion`)
 *     ends the article once body text has been seen;
 *   - a short sentence stays only between paragraphs or right above the first; teaser headlines go;
 *     (the end and the teasers: body-end.ts; repeated paragraphs: body-duplicates.ts)
 *   - prose above the article's header markers (byline, date, share row) or above the dateline
 *     paragraph is a caption, not body, except a standfirst above the byline (standfirst.ts) and
 *     a deck above a signed byline (deck.ts);
 *   - a paragraph repeated (a standfirst printed again as the lede) is kept once.
 */
import { markRepeatedParagraphs } from "./body-duplicates.ts";
import { markBodyEnd, type RunLines } from "./body-end.ts";
import {
  keepGapLines,
  keepIntroducedLists,
  keepNumberedRuns,
  keepQuotedBlocks,
} from "./body-gaps.ts";
import { endsLikeSentence, isChromeLine, isEndMarker } from "./boilerplate.ts";
import { isPersonName } from "./byline.ts";
import { classifyLine, splitGluedLine, type LineKind } from "./classify-line.ts";
import type { SourceLine } from "./source-lines.ts";
import { parseDateline } from "./dateline.ts";
import { stripImageNoise } from "./image-noise.ts";
import { deckAboveHeader, deckAboveRun } from "./deck.ts";
import { isSignOffLine } from "./sign-off.ts";
import { keepSubheads } from "./subheads.ts";
import { BYLINE_OPENING, findStandfirst, standfirstAboveRun } from "./standfirst.ts";
import { wordsOf } from "./language.ts";
import type { TextLanguage } from "./prose-language.ts";
import type { Paragraph, RemovedLine } from "./types.ts";

/** The body and the lines that are not body. */
export interface CleanBody {
  /** Article paragraphs in order. */
  paragraphs: Paragraph[];
  /** Lines (or glued parts of lines) that are not body, with the reason. */
  removed: RemovedLine[];
  /** Index of the first paragraph that opens with a dateline, or -1. */
  datelineParagraph: number;
}

/** Words of a paragraph, for duplicate detection. */
const wordKey = (text: string): string => wordsOf(text).join(" ");

/** A credit line that only credits a photo: `Joe Amon/Denver Post/Getty Images`, `Фото: Павел Лебедев/ РГ`. */
const isBarePhotoCredit = (line: string): boolean =>
  wordsOf(line).length <= 10 &&
  !endsLikeSentence(line.replace(/\.$/, "")) &&
  /^(?:photo|foto|фото|image|imagen|photograph|credit|cr[eé]dito)\b|\/|getty|shutterstock/iu.test(
    line,
  ) &&
  !/rights reserved|derechos reservados|права защищены/i.test(line);

/** A photographer's name set in capitals on its own line, as El País credits photos. */
const isCapitalsName = (line: string): boolean =>
  line === line.toUpperCase() &&
  /\p{Lu}/u.test(line) &&
  !isChromeLine(line) &&
  isPersonName(line.replace(/(\p{L})(\p{L}*)/gu, (_, a: string, b: string) => a + b.toLowerCase()));

/** Header markers: what a page prints between headline and body. Prose above the last of them is not body. */
const HEADER_MARKERS = new Set<LineKind>(["byline", "date-stamp", "share-button"]);

/**
 * Cleans the lines after the headline; a line repeating the headline is dropped as a duplicate.
 * Only prose inside `run` can be body.
 */
export function cleanBody(
  input: readonly SourceLine[],
  lang: TextLanguage,
  headline: string,
  run: RunLines,
): CleanBody {
  const language = lang.vocabulary;
  // Cut glued chrome off paragraphs; join a dateline that stands alone with the paragraph after it.
  const lines: SourceLine[] = [];
  const kinds: LineKind[] = [];
  // Last file line of each part: a dateline joined with the paragraph after it reaches into the run.
  const reach: number[] = [];
  for (let i = 0; i < input.length; i++) {
    const line = input[i]!;
    const next = input[i + 1];
    const alone = parseDateline(line.text, language);
    if (
      next &&
      alone &&
      alone.text.trim().length >= line.text.length - 1 &&
      classifyLine(next.text, lang) === "content"
    ) {
      lines.push({ n: line.n, text: `${line.text} ${next.text}` });
      kinds.push("content");
      reach.push(next.n);
      i++;
      continue;
    }
    for (const part of splitGluedLine(line.text, lang)) {
      lines.push({ n: line.n, text: part.text });
      kinds.push(part.kind);
      reach.push(line.n);
    }
  }
  // A standfirst the run left out above the page header is the article's all the same.
  // So is a deck on the line under the headline when the run starts right below it (deck.ts).
  const above = standfirstAboveRun(lines, kinds, reach, run.first);
  // A deck above the byline, date or share row is too.
  const deckOverRun = above === -1 ? deckAboveRun(lines, kinds, run.first, headline) : -1;
  const overHeader =
    above === -1 && deckOverRun === -1 ? deckAboveHeader(lines, kinds, reach, run, headline) : -1;
  const deck = deckOverRun === -1 ? overHeader : deckOverRun;
  const { end, marked } = markBodyEnd(lines, kinds, reach, run);
  for (const i of [above, deck]) if (i !== -1) kinds[i] = "content";
  const contentAt = (): number[] => kinds.flatMap((k, i) => (k === "content" ? [i] : []));
  // The lede: a dateline paragraph first or under one summary paragraph, else the first paragraph
  // after the header markers. Below more prose, a dateline's shape opens a quotation, not the body.
  let content = contentAt();
  let lede =
    content.slice(0, 2).find((i) => parseDateline(lines[i]!.text, language) !== null) ?? -1;
  const datelineLine = lede;
  if (lede === -1) {
    let lastMarker = -1;
    const headlineKey = wordKey(headline);
    // Up to the third paragraph: `above` counts the paragraphs before line i.
    for (
      let i = 0, above = 0;
      i < end && above <= 2;
      above += kinds[i] === "content" ? 1 : 0, i++
    ) {
      if (
        HEADER_MARKERS.has(kinds[i]!) ||
        (kinds[i] !== "content" && wordKey(lines[i]!.text) === headlineKey)
      )
        lastMarker = i;
    }
    lede = content.find((i) => i > lastMarker) ?? -1;
  }
  // Prose above the lede is a caption, except the standfirst (standfirst.ts).
  // A dateline paragraph opens the body itself: what stands above it is a summary (Sputnik's).
  // The deck is passed over: a standfirst may follow it.
  const undecked = kinds.map((k, i) => (i === deck ? "teaser" : k));
  const standfirst =
    lede === -1 || datelineLine !== -1 ? -1 : findStandfirst(lines, undecked, lede);
  // Over a dateline paragraph, a deck above the byline is the wire's summary, not its opening.
  const opening = new Set([
    standfirst,
    above,
    deck === overHeader && datelineLine !== -1 ? -1 : deck,
  ]);
  for (const i of content) if (lede !== -1 && i < lede && !opening.has(i)) kinds[i] = "caption";
  // A caption: a short sentence right above a bare photo credit (`Joe Amon/Denver Post/Getty Images`,
  // `MARINA LOZANO`). A longer paragraph, or a quotation, above a credit is body with a photo after
  // it, and so is any paragraph when the photo's own caption follows the credit (BBC's `Image caption,`).
  for (let i = 0; i + 1 < end; i++) {
    const next = lines[i + 1]!.text;
    const photoCredit =
      (kinds[i + 1] === "credit" && isBarePhotoCredit(next)) || isCapitalsName(next);
    const captionFollows = /^(?:image caption|pie de foto|caption|подпись)/i.test(
      lines[i + 2]?.text ?? "",
    );
    const text = lines[i]!.text;
    if (
      kinds[i] === "content" &&
      i !== datelineLine &&
      photoCredit &&
      !captionFollows &&
      !/["“”«»]/.test(text) &&
      wordsOf(text).length <= 16
    )
      kinds[i] = "caption";
  }
  // A short sentence is body only between paragraphs (or just before the first or after the last one).
  content = contentAt();
  const first = content[0] ?? -1;
  const last = content[content.length - 1] ?? -1;
  for (let i = 0; i < end; i++) {
    if (kinds[i] !== "short") continue;
    const between = first !== -1 && i > first && i < last;
    const closing = last !== -1 && i > last && i - last <= 2 && endsLikeSentence(lines[i]!.text);
    // A sentence right above the first paragraph opens the article (`This post first appeared on …`).
    const text = lines[i]!.text;
    const opening =
      i + 1 === first && endsLikeSentence(text) && !isEndMarker(text) && !BYLINE_OPENING.test(text);
    kinds[i] = between || closing || opening ? "content" : "chrome";
  }
  // A sign-off (sign-off.ts) among the two lines under the last paragraph closes the article.
  // It may stand below the run of prose, not below the end marker.
  for (let i = last + 1; last !== -1 && i < lines.length && i - last <= 2; i++)
    if (kinds[i] !== "after-end-marker" && !marked.has(i) && isSignOffLine(lines[i]!.text))
      kinds[i] = "content";
  // Subheads and list items inside the article (subheads.ts).
  keepSubheads(lines, kinds, marked, first, last);
  // Structured lines (a table, a recipe's ingredients, code) between paragraphs: body-gaps.ts.
  keepGapLines(lines, kinds, marked, first, last);
  keepQuotedBlocks(lines, kinds, marked, first, last);
  keepIntroducedLists(lines, kinds, marked, end);
  keepNumberedRuns(lines, kinds, marked, lines.length);
  // Repeated paragraphs: a standfirst repeated as the lede, a pull quote, the headline again.
  markRepeatedParagraphs(lines, kinds, headline);
  const paragraphs: Paragraph[] = [];
  const removed: RemovedLine[] = [];
  let datelineParagraph = -1;
  for (const [i, line] of lines.entries()) {
    const kind = kinds[i] ?? "chrome";
    if (kind !== "content") {
      removed.push({ line: line.n, text: line.text, reason: kind === "short" ? "chrome" : kind });
      continue;
    }
    const clean = stripImageNoise(line.text);
    if (clean.stripped)
      removed.push({
        line: line.n,
        text: line.text.slice(0, line.text.length - clean.text.length).trim(),
        reason: "image-noise",
      });
    if (i === datelineLine) datelineParagraph = paragraphs.length;
    paragraphs.push({ text: clean.text, line: line.n });
  }
  return { paragraphs, removed, datelineParagraph };
}
