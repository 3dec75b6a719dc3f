/**
 * What a headline line looks like, and what stands around it: section labels and breadcrumbs,
 * the site's own name, header furniture (bylines, dates, credits, share rows, post meta lines)
 * and the form of a title (capitalised, no full stop, a few words).
 */
import {
  isChromeLine,
  isCreditLine,
  isEndMarker,
  isShareButtonLine,
  isSiteSuffixedLine,
} from "./boilerplate.ts";
import { isPersonName, parseByline } from "./byline.ts";
import { readDateStamp } from "./date-stamp.ts";
import { isImageNameLine } from "./image-noise.ts";
import { wordsOf } from "./language.ts";
import { findOutlet } from "./outlets.ts";
import { memoizeByLanguage } from "./language-memo.ts";
import { memoize } from "./memo.ts";
import { isPostMetaLine } from "./post-meta.ts";
import type { TextLanguage } from "./prose-language.ts";
import { proseKind } from "./prose-measure.ts";

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

/** Words of a line; in a script without spaces, about two characters make one. */
export function titleWords(line: string, lang: TextLanguage): number {
  const words = wordsOf(line).length;
  if (!lang.spaceless || words >= 4) return words;
  return Math.ceil((line.match(/[\p{L}\p{N}]/gu)?.length ?? 0) / 2);
}

/** Header furniture told by form and vocabulary alone: share rows, credits, dates, bylines, post meta. */
export const isMarkedFurniture = memoizeByLanguage((line: string, lang: TextLanguage): boolean => {
  const language = lang.vocabulary;
  return (
    isShareButtonLine(line) ||
    isCreditLine(line) ||
    isSiteSuffixedLine(line) ||
    isImageNameLine(line) ||
    isSiteNameLine(line) ||
    isPostMetaLine(line) ||
    readDateStamp(line, language) !== null ||
    parseByline(line) !== null ||
    (isChromeLine(line) && !isSectionLabel(line) && wordsOf(line).length <= 4)
  );
});

/** True for a byline or a date stamp: not a credit, a share row or other header furniture. */
export const isBylineOrDate = (line: string, lang: TextLanguage): boolean =>
  parseByline(line) !== null || readDateStamp(line, lang.vocabulary) !== null;

/** A short line of capitalised words that may be an author's name (or a two-word title: `Der WindRebell`). */
export const isBareName = memoize(
  (line: string): boolean =>
    (wordsOf(line).length <= 4 && isPersonName(line.replace(/\s+(?:in|en)\s+\p{Lu}.*$/u, ""))) ||
    isNameList(line),
);

/** Most names in a list of authors on a line of its own. */
const MAX_LISTED_NAMES = 4;

/** A line of two to four person's names and nothing else (`Ibtisam Mahdi, Ruwaida Kamal Amer`): the authors. */
function isNameList(line: string): boolean {
  if (!/,|\s&\s/u.test(line)) return false;
  const names = line.split(/\s*,\s*|\s+&\s+/u).filter((n) => n.trim() !== "");
  return (
    names.length >= 2 && names.length <= MAX_LISTED_NAMES && names.every((n) => isPersonName(n))
  );
}

/** Lines a page prints between headline and body; walking up from the body, they are passed over. */
export const isHeaderFurniture = (line: string, lang: TextLanguage): boolean =>
  isMarkedFurniture(line, lang) || isBareName(line);

/** True for a line that can be a headline: a capitalised title of up to 40 words, no chrome. */
export const isTitleLike = memoizeByLanguage((line: string, lang: TextLanguage): boolean => {
  const words = titleWords(line, lang);
  // Headlines do not end with a full stop; captions and paragraphs do. Scripts without case
  // (`\p{Lo}`: Japanese, Arabic, Hebrew…) open a headline with any letter.
  if (
    words < 3 ||
    words > 40 ||
    !/^[\p{Lu}\p{Lt}\p{Lo}\p{N}"“„«¿¡'‘(]/u.test(line) ||
    /[.。]["”»’)」]*$/u.test(line)
  )
    return false;
  if (isChromeLine(line) || isSectionLabel(line) || isSiteNameLine(line) || isEndMarker(line))
    return false;
  if (isHeaderFurniture(line, lang)) return false;
  return proseKind(line, lang) !== "long" || words <= 25;
});

/** Fewest items of a list of tags. */
const MIN_TAGS = 4;
/** Most words of one tag. */
const MAX_TAG_WORDS = 2;

/** True for a list of tags or categories set apart by commas: `ARD, Demonstrationen, Neu, Tagesschau`. */
export function isTagList(line: string): boolean {
  const items = line.trim().split(/\s*,\s*/u);
  return (
    items.length >= MIN_TAGS &&
    items.every((t) => t !== "" && t.split(/\s+/u).length <= MAX_TAG_WORDS)
  );
}
