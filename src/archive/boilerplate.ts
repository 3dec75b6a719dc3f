/**
 * Page chrome by vocabulary and form, as copied pages show it: known chrome lines, share rows,
 * credits, end markers, inline "read also" markers. How prose reads is judged in
 * prose-measure.ts; where the article runs on the page, in prose-run.ts.
 */
import { CHROME_LINES } from "./chrome-lines.ts";
import {
  CHROME_PATTERNS,
  COOKIE_BANNER,
  CREDIT_OPENINGS,
  INLINE_CREDIT,
  SHARE_WORDS,
  TEASER_MARKERS,
} from "./chrome-words.ts";
import { END_MARKERS, END_PATTERNS, SOFT_END_MARKERS } from "./end-markers.ts";
import { SOFT_END_FORM } from "./european-soft-end-markers.ts";
import { fold, wordsOf } from "./language.ts";
import { memoize } from "./memo.ts";
import { outletAtEnd } from "./outlets.ts";
import { isDisclosureLine } from "./disclosures.ts";
import { isPostFooterLine } from "./post-footer.ts";
import { isReaderAppeal } from "./reader-appeals.ts";
import { isPageAction } from "./page-actions.ts";
import { isSiteCreditLine } from "./site-credits.ts";
import { isCaptionCredit } from "./caption-credits.ts";

const PUNCTUATION_CHAR = /^[\s\p{P}\p{S}]$/u;

/**
 * The text without its trailing punctuation and spaces, walking back one code point at a time.
 * `/[\s\p{P}\p{S}]+$/` rescanned every run of punctuation inside the line to its end.
 */
function trimPunctuationEnd(text: string): string {
  let end = text.length;
  while (end > 0) {
    let start = end - 1;
    const low = text.charCodeAt(start);
    const high = start > 0 ? text.charCodeAt(start - 1) : 0;
    if (low >= 0xdc00 && low <= 0xdfff && high >= 0xd800 && high <= 0xdbff) start--;
    if (!PUNCTUATION_CHAR.test(text.slice(start, end))) break;
    end = start;
  }
  return text.slice(0, end);
}

/** A line folded for vocabulary lookups: lowercase, accent-free, outer punctuation and spaces trimmed. */
export const foldLine = memoize((line: string): string =>
  trimPunctuationEnd(fold(line))
    .replace(/^[\s\p{P}\p{S}]+/u, "")
    .replace(/\s+/g, " "),
);

/** Words that any of the chrome patterns needs; a line without one skips them (they scan whole lines). */
const CHROME_GATE =
  /newsletter|bolet|subscri|suscr|подпис|sign|clic|нажмите|unsubscri|baja|отпис|privacy|privacidad|terms|terminos|support|donat|apoy|поддерж|comment|coment|website|web site|sitio|сайт|follow|sigu|sigan|читайте|share|compart|contributed|assistance|updates|adds|recasts|corrects|rewrites|changes|version|year|old|app|✔|http|www|\/|publicad|published|updated|actualizad|обновлено|опубликовано|fecha|skip|accept|necessary|only|agree|settings|preferences|reject|rechazar|ago|hace|назад/;

/** True for a row of share/social buttons: `Pinterest`, `Facebook Twitter WhatsApp`, `Share`. */
export function isShareButtonLine(line: string): boolean {
  // Word by word, stopping at the first that is not a button (prose stops at once).
  let words = 0;
  for (const [w] of fold(line).matchAll(/[^\s|·•,/]+/g)) {
    if (/^\d+$/.test(w)) continue;
    if (++words > 12 || !SHARE_WORDS.has(w.replace(/[^\p{L}\p{N}-]/gu, ""))) return false;
  }
  return words > 0;
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
  if (isReaderAppeal(line) || isPostFooterLine(line) || isDisclosureLine(line)) return true;
  if (isPageAction(line) || isSiteCreditLine(line)) return true;
  return /cookie|galleta|куки/i.test(line) && COOKIE_BANNER.test(line) && wordsOf(line).length < 80;
});

/** True when an end marker may head a mid-article teaser block rather than end the article. */
export function isSoftEndMarker(line: string): boolean {
  const f = foldLine(line);
  // A heading listed as a hard marker (`Ähnliche Beiträge`) stays hard though it has the form.
  return SOFT_END_MARKERS.has(f) || (SOFT_END_FORM.test(f) && !END_MARKERS.has(f));
}

/** True when the line ends the article: a comment form, "you may also like", a discussion prompt. */
export function isEndMarker(line: string): boolean {
  return (
    END_MARKERS.has(foldLine(line)) ||
    SOFT_END_FORM.test(foldLine(line)) ||
    END_PATTERNS.some((re) => re.test(line.trim()))
  );
}

/** The rest of the line after an inline "read also" marker, or null when it is not one. */
export function teaserMarker(line: string): string | null {
  const m = TEASER_MARKERS.exec(foldLine(line));
  return m ? line.slice(line.length - (foldLine(line).length - m[0].length)).trim() : null;
}

/** True for a photo/video credit or copyright line: `© AFP 2023 / Stringer`, `Photo: Minrex`, `REUTERS/Jane Doe`. */
export function isCreditLine(line: string): boolean {
  const f = fold(line).trim();
  if (wordsOf(line).length <= 40 && CREDIT_OPENINGS.test(f)) return true;
  if (isCaptionCredit(line)) return true;
  if (
    /\b(?:all rights reserved|todos los derechos reservados|все права защищены|derechos reservados)\b/.test(
      f,
    )
  )
    return true;
  // A caption carries its credit (`… March 3, 2024. REUTERS/Jane Doe`, `… Foto: Name/ Cubadebate.`).
  return wordsOf(line).length <= 45 && INLINE_CREDIT.test(line);
}

/**
 * True for an image's alt text or a teaser that names the site at the end: `Nicaragua's capital
 * Managua - Sputnik International`. Prose never ends in ` - Outlet` without sentence punctuation.
 */
export function isSiteSuffixedLine(line: string): boolean {
  const m = /\s[-–—|]\s+([^-–—|]{2,40})$/.exec(line.trim());
  return !!m?.[1] && outletAtEnd(m[1]) !== null && !/[.!?]$/.test(m[1].trim());
}

/** True when the line ends as sentences do (closing quotes and brackets allowed after the mark). */
export function endsLikeSentence(line: string): boolean {
  return /[.!?…:;]["'”’»)\]]*\s*$/u.test(line);
}
