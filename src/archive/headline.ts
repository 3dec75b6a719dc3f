/**
 * Choosing the headline: the first line that reads as a title, after the labels, logos, dates
 * and bylines a page may put above it (`Image default`, `News Politics`, `World`, `19 Feb 2024`).
 */
import {
  isChromeLine,
  isCreditLine,
  isEndMarker,
  isShareButtonLine,
  isSiteSuffixedLine,
  proseKind,
} from "./boilerplate.ts";
import { isPersonName, parseByline } from "./byline.ts";
import { readDateStamp } from "./date-stamp.ts";
import { isImageNameLine } from "./image-noise.ts";
import { wordsOf } from "./language.ts";
import { findOutlet } from "./outlets.ts";
import { memoize } from "./memo.ts";
import type { Language } from "./types.ts";

/** Words of section labels and breadcrumbs: a short line made only of these is a label, not a headline. */
const SECTION_WORDS = new Set(
  `news latest breaking world international internacional internacionales national nacional nacionales local politics political politica
  economy economia business negocios markets finance sport sports deportes deporte culture cultura science ciencia tech technology tecnologia
  health salud opinion opiniones analysis analisis americas america latin latina latinoamerica europe europa asia africa middle east oriente medio
  russia rusia cuba usa us uk china caribbean caribe region regional society sociedad home inicio portada editorial features feature
  top stories story columns column blog blogs video videos photo photos media press release default image the and y de del la el en
  мир политика экономика общество новости в россия спорт культура наука происшествия регионы главное`.split(
    /\s+/,
  ),
);

/** True for a breadcrumb trail or a label row: `Home > World > Americas`, `News Politics`, `Internacionales`. */
export function isSectionLabel(line: string): boolean {
  if (wordsOf(line).length <= 12 && (line.match(/\s[>»›/|]\s/g) ?? []).length >= 2) return true;
  const words = wordsOf(line);
  return words.length > 0 && words.length <= 4 && words.every((w) => SECTION_WORDS.has(w));
}

/** True for a line naming the site itself: `Sputnik International`, `TASS`, `BBC Wales`, `Prensa Latina - Latin American News Agency`. */
export function isSiteNameLine(line: string): boolean {
  const t = line.trim();
  if (findOutlet(t)) return true;
  const words = t.split(/\s+/, 4);
  if (words.length <= 3 && (findOutlet(words[0] ?? "") || findOutlet(words.slice(0, 2).join(" "))))
    return true;
  const head = /^(.{2,40}?)\s+[-–—|:]\s+/.exec(t);
  return !!head?.[1] && findOutlet(head[1]) !== null && !/[.!?]$/.test(t);
}

/** Lines a page prints between headline and body; walking up from the body, they are passed over. */
function isHeaderFurniture(line: string, language: Language): boolean {
  return furnitureCached(`${language}\u0000${line}`);
}

const furnitureCached = memoize((key: string): boolean => {
  const language = key.slice(0, 2) as Language;
  const line = key.slice(3);
  return (
    isShareButtonLine(line) ||
    isCreditLine(line) ||
    isSiteSuffixedLine(line) ||
    isImageNameLine(line) ||
    isSiteNameLine(line) ||
    readDateStamp(line, language) !== null ||
    parseByline(line) !== null ||
    (wordsOf(line).length <= 4 && isPersonName(line.replace(/\s+(?:in|en)\s+\p{Lu}.*$/u, ""))) ||
    (isChromeLine(line) && !isSectionLabel(line) && wordsOf(line).length <= 4)
  );
});

/** True for a line that can be a headline: a capitalised title of up to 40 words, no chrome. */
function isTitleLike(line: string, language: Language): boolean {
  return titleLikeCached(`${language}\u0000${line}`);
}

const titleLikeCached = memoize((key: string): boolean => {
  const language = key.slice(0, 2) as Language;
  const line = key.slice(3);
  const words = wordsOf(line).length;
  // Headlines do not end with a full stop; captions and paragraphs do.
  if (words < 3 || words > 40 || !/^[\p{Lu}\p{N}"“«¿¡'‘(]/u.test(line) || /\.["”»’)]*$/u.test(line))
    return false;
  if (isChromeLine(line) || isSectionLabel(line) || isSiteNameLine(line) || isEndMarker(line))
    return false;
  if (isHeaderFurniture(line, language)) return false;
  return proseKind(line, language) !== "long" || words <= 25;
});

/** The block of title-like lines just above an anchor, walking up past header furniture. */
function blockAbove(lines: readonly string[], anchor: number, language: Language): number[] {
  const block: number[] = [];
  for (let i = anchor - 1; i >= 0; i--) {
    const above = lines[i] ?? "";
    if (isTitleLike(above, language)) block.unshift(i);
    else if (!isHeaderFurniture(above, language)) break;
  }
  return block;
}

/**
 * Index of the headline among the lines, or -1 when there is no text. Pages copied whole start
 * with navigation, so the headline is found from the article's start upward: from a byline or
 * date stamp near the top (else from a paragraph), walk up past furniture (credits, share rows,
 * captions) to the block of title-like lines just above; its first line is the headline (the
 * lines after it are standfirsts). A block needs a line of four words or more, and one- or
 * two-word lines (menu items, section labels) end it.
 */
export function pickHeadline(lines: readonly string[], language: Language): number {
  const limit = Math.min(lines.length, 120);
  const isProse = lines
    .slice(0, limit)
    .map((l) => proseKind(l, language) === "long" && !isChromeLine(l) && !isCreditLine(l));
  const headlineAbove = (anchor: number): number | undefined => {
    const block = blockAbove(lines, anchor, language);
    return block.some((i) => wordsOf(lines[i] ?? "").length >= 4) ? block[0] : undefined;
  };
  // First, bylines and date stamps with at most three paragraphs above them; then paragraphs.
  let proseAbove = 0;
  for (let i = 0; i < limit && proseAbove <= 3; i++) {
    const line = lines[i] ?? "";
    if (isProse[i]) proseAbove++;
    else if (parseByline(line) !== null || readDateStamp(line, language) !== null) {
      const found = headlineAbove(i);
      if (found !== undefined) return found;
    }
  }
  for (let i = 0; i < limit; i++) {
    const found = isProse[i] ? headlineAbove(i) : undefined;
    if (found !== undefined) return found;
  }
  // No article start found: the first title-like line of four words or more, else the first line.
  const titled = lines
    .slice(0, 15)
    .findIndex((l) => isTitleLike(l, language) && wordsOf(l).length >= 4);
  if (titled !== -1) return titled;
  return lines.findIndex((l) => l.trim() !== "");
}
