/**
 * Choosing the headline: the first line that reads as a title, after the labels, logos, dates
 * and bylines a page may put above it (`Image default`, `News Politics`, `World`, `19 Feb 2024`).
 */
import { isChromeLine, isCreditLine, isImageNameLine, isShareButtonLine, proseKind } from "./boilerplate.ts";
import { parseByline } from "./byline.ts";
import { readDateStamp } from "./date-stamp.ts";
import { fold, wordsOf } from "./language.ts";
import { findOutlet } from "./outlets.ts";
import type { Language } from "./types.ts";

/** Words of section labels and breadcrumbs: a short line made only of these is a label, not a headline. */
const SECTION_WORDS = new Set(
  `news latest breaking world international internacional internacionales national nacional nacionales local politics political politica
  economy economia business negocios markets finance sport sports deportes deporte culture cultura science ciencia tech technology tecnologia
  health salud opinion opiniones analysis analisis americas america latin latina latinoamerica europe europa asia africa middle east oriente medio
  russia rusia cuba usa us uk china caribbean caribe region regional society sociedad home inicio portada editorial features feature
  top stories story columns column blog blogs video videos photo photos media press release default image the and y de del la el en
  мир политика экономика общество новости в россия спорт культура наука происшествия регионы главное`.split(/\s+/),
);

/** True for a breadcrumb trail or a label row: `Home > World > Americas`, `News Politics`, `Internacionales`. */
export function isSectionLabel(line: string): boolean {
  if ((line.match(/\s[>»›/|]\s/g) ?? []).length >= 2 && wordsOf(line).length <= 12) return true;
  const words = wordsOf(line);
  return words.length > 0 && words.length <= 4 && words.every((w) => SECTION_WORDS.has(w));
}

/** True for a line naming the site itself: `Sputnik International`, `TASS`, `Prensa Latina - Latin American News Agency`. */
export function isSiteNameLine(line: string): boolean {
  const t = line.trim();
  if (findOutlet(t)) return true;
  const head = /^(.{2,40}?)\s+[-–—|:]\s+/.exec(t);
  return !!head?.[1] && findOutlet(head[1]) !== null && !/[.!?]$/.test(t);
}

/** Lines above the body that are never the headline. */
function isNotHeadline(line: string, language: Language): boolean {
  return (
    isChromeLine(line) ||
    isShareButtonLine(line) ||
    isCreditLine(line) ||
    isImageNameLine(line) ||
    isSectionLabel(line) ||
    isSiteNameLine(line) ||
    readDateStamp(line, language) !== null ||
    parseByline(line) !== null
  );
}

/**
 * Index of the headline among the lines, or -1 when there is no text. The first title-like line
 * of four words or more wins; a shorter one only when no longer one precedes the body.
 */
export function pickHeadline(lines: readonly string[], language: Language): number {
  let short = -1;
  for (let i = 0; i < Math.min(lines.length, 15); i++) {
    const line = lines[i] ?? "";
    if (line.trim() === "" || isNotHeadline(line, language)) continue;
    const words = wordsOf(line).length;
    if (words >= 4 && words <= 40) return i;
    if (proseKind(line, language) === "long") break;
    if (short === -1 && words >= 1 && fold(line) !== "") short = i;
  }
  if (short !== -1) return short;
  return lines.findIndex((l) => l.trim() !== "");
}
