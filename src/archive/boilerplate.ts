/**
 * The line classifier: what is page chrome and what is article text. Extractors such as jusText
 * and boilerpipe decide from HTML blocks; copied pages have lost their tags, so the same ideas
 * are applied to plain lines: length, sentence punctuation, stopword density, and known chrome.
 */
import {
  CHROME_LINES,
  CHROME_PATTERNS,
  COOKIE_BANNER,
  CREDIT_OPENINGS,
  END_MARKERS,
  END_PATTERNS,
  INLINE_CREDIT,
  SHARE_WORDS,
  SOFT_END_MARKERS,
  TEASER_MARKERS,
} from "./chrome-words.ts";
import { fold, stopwordDensity, wordsOf } from "./language.ts";
import { memoize } from "./memo.ts";
import { outletAtEnd } from "./outlets.ts";
import type { Language } from "./types.ts";

/** A line folded for vocabulary lookups: lowercase, accent-free, outer punctuation and spaces trimmed. */
export const foldLine = memoize((line: string): string =>
  fold(line)
    .replace(/[\s\p{P}\p{S}]+$/u, "")
    .replace(/^[\s\p{P}\p{S}]+/u, "")
    .replace(/\s+/g, " "),
);

/** Words that any of the chrome patterns needs; a line without one skips them (they scan whole lines). */
const CHROME_GATE =
  /newsletter|bolet|subscri|suscr|подпис|sign|clic|нажмите|unsubscri|baja|отпис|privacy|privacidad|terms|terminos|support|donat|apoy|поддерж|comment|coment|website|web site|sitio|сайт|follow|sigu|sigan|читайте|share|compart|contributed|assistance|updates|adds|recasts|corrects|rewrites|changes|version|year|old|app|✔|http|www|\/|publicad|published|updated|actualizad|обновлено|опубликовано|fecha|skip|accept|necessary|only|agree|settings|preferences|reject|rechazar|ago|hace|назад/;

/** True for a row of share/social buttons: `Pinterest`, `Facebook Twitter WhatsApp`, `Share`. */
export function isShareButtonLine(line: string): boolean {
  const words = fold(line)
    .split(/[\s|·•,/]+/)
    .filter((w) => w !== "" && !/^\d+$/.test(w));
  return (
    words.length > 0 &&
    words.length <= 12 &&
    words.every((w) => SHARE_WORDS.has(w.replace(/[^\p{L}\p{N}-]/gu, "")))
  );
}

/** True for a whole line that is a known label, button or widget text. */
export const isChromeLine = memoize((line: string): boolean => {
  const f = foldLine(line);
  if (f === "" || /^\d+$/.test(f)) return true;
  if (CHROME_LINES.has(f)) return true;
  // Counters and reading-time badges: `12 comments`, `5 min read`, `3 минуты`.
  if (
    /^\d+\s*(?:comments?|comentarios?|комментари\w*|min(?:utes?)?(?: read)?|minutos?(?: de lectura)?|мин(?:ут[аы]?)?(?: чтения)?|views?|vistas|просмотр\w*|shares?)$/.test(
      f,
    )
  )
    return true;
  if (CHROME_GATE.test(fold(line)) && CHROME_PATTERNS.some((re) => re.test(line.trim())))
    return true;
  return /cookie|galleta|куки/i.test(line) && COOKIE_BANNER.test(line) && wordsOf(line).length < 80;
});

/** True when an end marker may head a mid-article teaser block rather than end the article. */
export function isSoftEndMarker(line: string): boolean {
  return SOFT_END_MARKERS.has(foldLine(line));
}

/** True when the line ends the article: a comment form, "you may also like", a discussion prompt. */
export function isEndMarker(line: string): boolean {
  return END_MARKERS.has(foldLine(line)) || END_PATTERNS.some((re) => re.test(line.trim()));
}

/** The rest of the line after an inline "read also" marker, or null when it is not one. */
export function teaserMarker(line: string): string | null {
  const m = TEASER_MARKERS.exec(foldLine(line));
  return m ? line.slice(line.length - (foldLine(line).length - m[0].length)).trim() : null;
}

/** True for a photo/video credit or copyright line: `© AFP 2023 / Stringer`, `Photo: Minrex`, `REUTERS/Jane Doe`. */
export function isCreditLine(line: string): boolean {
  const f = fold(line).trim();
  if (CREDIT_OPENINGS.test(f) && wordsOf(line).length <= 40) return true;
  if (
    /\b(?:all rights reserved|todos los derechos reservados|все права защищены|derechos reservados)\b/.test(
      f,
    )
  )
    return true;
  // A caption carries its credit (`… March 3, 2024. REUTERS/Jane Doe`, `… Foto: Name/ Cubadebate.`).
  return INLINE_CREDIT.test(line) && wordsOf(line).length <= 45;
}

/**
 * True for an image's alt text or a teaser that names the site at the end: `Nicaragua's capital
 * Managua - Sputnik International`. Prose never ends in ` - Outlet` without sentence punctuation.
 */
export function isSiteSuffixedLine(line: string): boolean {
  const m = /\s[-–—|]\s+([^-–—|]{2,40})$/.exec(line.trim());
  return !!m?.[1] && outletAtEnd(m[1]) !== null && !/[.!?]$/.test(m[1].trim());
}

/** Image-file names glued to the start of a paragraph: `inx960x640 4In November`, `235830721 1In turn`, `GettyImages-1234567890In`. */
const GLUED_IMAGE_NOISE =
  /^(?:(?:[\w.-]*\d[\w.-]*|[\w-]+\.(?:jpe?g|png|gif|webp|avif))\s+)*(?:[\w-]*\d[\w.-]*?|[\w-]+\.(?:jpe?g|png|gif|webp|avif))(?=\p{Lu}\p{Ll})/u;

/** A line made only of image-file names and numbers: `inx960x640`, `IMG_2034.jpg 1`. */
const IMAGE_NAME_LINE =
  /^(?:(?:[\w-]*\d{2,}[\w.-]*|[\w-]+\.(?:jpe?g|png|gif|webp|avif|svg))\s*)+$/i;

/**
 * Removes image-file noise glued to a paragraph's start. Returns the clean text and whether
 * anything was cut. Only a token with a digit, glued straight onto a capitalised word, is cut:
 * `G7 leaders` and `2024 was` are left alone.
 */
export function stripImageNoise(line: string): { text: string; stripped: boolean } {
  const m = GLUED_IMAGE_NOISE.exec(line);
  if (!m || m[0].length === 0) return { text: line, stripped: false };
  // A glued token must look like a file name or an id: letters+digits (`inx960x640`), a long number, or `name.jpg`.
  const tokens = m[0].trim().split(/\s+/);
  const last = tokens[tokens.length - 1] ?? "";
  const looksLikeFile =
    tokens.some((t) => /\d{5,}|\d+x\d+|[a-z]\d|_\d|\.\w{3,4}$|^\d{1,3}$/i.test(t)) ||
    /^\d{1,3}$/.test(last);
  if (!looksLikeFile) return { text: line, stripped: false };
  return { text: line.slice(m[0].length), stripped: true };
}

/** True for a line that is only image-file names. */
export function isImageNameLine(line: string): boolean {
  return (
    IMAGE_NAME_LINE.test(line.trim()) &&
    /[a-z_.]|\d{6,}/i.test(line) &&
    !/^\d{1,4}$/.test(line.trim())
  );
}

/** True when the line ends as sentences do (closing quotes and brackets allowed after the mark). */
export function endsLikeSentence(line: string): boolean {
  return /[.!?…:;]["'”’»)\]]*\s*$/u.test(line);
}

/** How much a line reads like article prose, as jusText judges blocks. */
export type ProseKind = "long" | "short" | "none";

/**
 * Judges a line as prose: `long` is a paragraph by itself (enough words, sentence punctuation or
 * length, stopwords as in running text); `short` is a sentence too brief to stand alone, kept only
 * between paragraphs; `none` is chrome, a label or a teaser headline.
 */
export function proseKind(line: string, language: Language): ProseKind {
  return proseKindCached(`${language}\u0000${line}`);
}

const proseKindCached = memoize((key: string): ProseKind => {
  const language = key.slice(0, 2) as Language;
  const line = key.slice(3);
  const words = wordsOf(line);
  const n = words.length;
  const density = stopwordDensity(words, language);
  const sentence = endsLikeSentence(line);
  // Russian prose is noun-heavy: it has fewer function words than English or Spanish.
  const minDensity = language === "ru" ? 0.05 : 0.12;
  if (
    n >= 8 &&
    (sentence || n >= 20) &&
    (density >= minDensity || n >= 30 || (sentence && n >= 15))
  )
    return "long";
  if (n >= 2 && sentence && (density > 0 || n >= 4)) return "short";
  return "none";
});
