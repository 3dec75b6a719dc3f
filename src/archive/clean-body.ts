/**
 * Separates the article from the page around it. Each line is classified with its neighbours in
 * mind (jusText's context rules, on lines instead of HTML blocks):
 *   - known chrome goes: share rows, labels, credits, captions, alt text, image-file names;
 *   - an end marker (`Comentarios`, `You may also like`, `To participate in the discussion`)
 *     ends the article once body text has been seen;
 *   - prose stays; a short sentence stays only between paragraphs; teaser headlines go;
 *   - a paragraph repeated (a standfirst printed again as the lede) is kept once.
 */
import {
  endsLikeSentence,
  isChromeLine,
  isCreditLine,
  isEndMarker,
  isImageNameLine,
  isShareButtonLine,
  isSiteSuffixedLine,
  proseKind,
  stripImageNoise,
  teaserMarker,
} from "./boilerplate.ts";
import { parseByline } from "./byline.ts";
import { readDateStamp } from "./date-stamp.ts";
import { isSectionLabel, isSiteNameLine } from "./headline.ts";
import { wordsOf } from "./language.ts";
import type { Language, Paragraph, RemovalReason, RemovedLine } from "./types.ts";

/** A non-empty line of the article text with its 1-based line number in the file. */
export interface SourceLine {
  /** 1-based line in the file. */
  n: number;
  /** The line, trimmed, with runs of white space (NBSP included) as one space. */
  text: string;
}

/** The body and the lines that are not body. */
export interface CleanBody {
  /** Article paragraphs in order. */
  paragraphs: Paragraph[];
  /** Lines that are not body, with the reason. */
  removed: RemovedLine[];
  /** Index (into the lines) where the article's end marker stood, or lines.length. */
  end: number;
}

type Kind = RemovalReason | "content" | "short";

/** Classifies one line on its own; context rules come after. */
function classify(line: string, language: Language): Kind {
  if (isShareButtonLine(line)) return "share-button";
  if (isCreditLine(line)) return "credit";
  if (isSiteSuffixedLine(line)) return "caption";
  if (isImageNameLine(line)) return "image-noise";
  if (isChromeLine(line)) return "chrome";
  if (isSectionLabel(line) || isSiteNameLine(line)) return "label";
  if (parseByline(line)) return "byline";
  if (readDateStamp(line, language)) return "date-stamp";
  const kind = proseKind(stripImageNoise(line).text, language);
  return kind === "long" ? "content" : kind === "short" ? "short" : "teaser";
}

/** Folds a paragraph for duplicate detection. */
const key = (text: string): string => wordsOf(text).join(" ");

/** Cleans the lines after the headline; a line repeating the headline is dropped as a duplicate. */
export function cleanBody(lines: readonly SourceLine[], language: Language, headline: string): CleanBody {
  const kinds: Kind[] = lines.map((l) => classify(l.text, language));
  // The article ends at the first end marker after some body text.
  let end = lines.length;
  let seenContent = false;
  for (let i = 0; i < lines.length; i++) {
    if (kinds[i] === "content") seenContent = true;
    if (seenContent && isEndMarker(lines[i]?.text ?? "")) {
      end = i;
      break;
    }
  }
  for (let i = end; i < lines.length; i++) kinds[i] = "after-end-marker";
  // An inline "read also" marker takes the teaser line after it (or on it) with it.
  for (let i = 0; i < end; i++) {
    const rest = teaserMarker(lines[i]?.text ?? "");
    if (rest === null) continue;
    kinds[i] = "teaser";
    if (rest === "" && i + 1 < end && kinds[i + 1] !== "content") kinds[i + 1] = "teaser";
    else if (rest === "" && i + 1 < end && !endsLikeSentence(lines[i + 1]?.text ?? "")) kinds[i + 1] = "teaser";
  }
  // A short sentence is body only between body paragraphs; above the body it is a label or caption.
  const firstContent = kinds.indexOf("content");
  let lastContent = -1;
  for (let i = end - 1; i >= 0; i--) if (kinds[i] === "content") {
    lastContent = i;
    break;
  }
  for (let i = 0; i < end; i++) {
    if (kinds[i] !== "short") continue;
    kinds[i] = firstContent !== -1 && i > firstContent && i < lastContent ? "content" : i > lastContent && lastContent !== -1 && endsLikeSentence(lines[i]?.text ?? "") && i - lastContent <= 2 ? "content" : "chrome";
  }
  // Repeated paragraphs: a standfirst repeated as the lede, a pull quote, the headline again.
  const seen = new Map<string, number>();
  const headlineKey = key(headline);
  const contentIdx = kinds.flatMap((k, i) => (k === "content" ? [i] : []));
  for (const i of contentIdx) {
    const k = key(stripImageNoise(lines[i]?.text ?? "").text);
    if (k === headlineKey) {
      kinds[i] = "duplicate";
      continue;
    }
    const first = seen.get(k);
    if (first === undefined) seen.set(k, i);
    // The earlier copy goes when it stands above the second paragraph (a standfirst); otherwise the later one.
    else if (first < (contentIdx[1] ?? 0)) {
      kinds[first] = "duplicate";
      seen.set(k, i);
    } else kinds[i] = "duplicate";
  }
  const paragraphs: Paragraph[] = [];
  const removed: RemovedLine[] = [];
  for (const [i, line] of lines.entries()) {
    const kind = kinds[i] ?? "chrome";
    if (kind !== "content") {
      removed.push({ line: line.n, text: line.text, reason: kind === "short" ? "chrome" : kind });
      continue;
    }
    const clean = stripImageNoise(line.text);
    if (clean.stripped) removed.push({ line: line.n, text: line.text.slice(0, line.text.length - clean.text.length), reason: "image-noise" });
    paragraphs.push({ text: clean.text, line: line.n });
  }
  return { paragraphs, removed: removed.sort((a, b) => a.line - b.line), end };
}
