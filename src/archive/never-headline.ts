/**
 * Lines that are never the headline, whatever stands around them: too long or too short, ended
 * like a sentence or a caption, chrome, labels, navigation, widgets, recipe cards, tag lists,
 * credits in parentheses, menu items printed with no space between them, contact lines and
 * labelled captions.
 */
import { isChromeLine, isEndMarker } from "./boilerplate.ts";
import { memoizeByLanguage } from "./language-memo.ts";
import { isNavigationLine } from "./navigation-lines.ts";
import type { TextLanguage } from "./prose-language.ts";
import { proseKind } from "./prose-measure.ts";
import { isRecipeCardLine } from "./recipe-card-lines.ts";
import { isScriptNotice } from "./script-notice.ts";
import { isWidgetLine } from "./widget-lines.ts";
import {
  isMarkedFurniture,
  isSectionLabel,
  isSiteNameLine,
  isTagList,
  titleWords,
} from "./title-lines.ts";

/**
 * True when the line ends with a full stop (not an ellipsis), as captions and paragraphs do. A
 * title may end with an abbreviation, not a sentence's stop: initials (`… in the U.S.`), a weekday
 * or a firm's (`… after Cold Wave Alert Tues.`, `… & Co.`).
 */
export const endsWithFullStop = (line: string): boolean =>
  /[.。]["”»’)」]*$/u.test(line) &&
  !/(?:\.\.\.|…)["”»’)」]*$/u.test(line) &&
  !/(?:^|\s)(?:(?:\p{Lu}\.)+\p{Lu}|Inc|Co|Corp|Ltd|Jr|Sr|Mon|Tues?|Wed|Thu(?:rs?)?|Fri|Sat|Sun)\.$/u.test(
    line.trim(),
  );

/** Most words of a headline that ends with a full stop (`Nebelsuppe.`); a longer one is a caption. */
export const MAX_STOPPED_TITLE_WORDS = 6;

/** Fewest words of a sentence that, ended by a full stop with more text after it, makes the line prose. */
const MIN_INNER_SENTENCE_WORDS = 8;

/**
 * True when a full stop ends a sentence of some words and more text follows on the line: a
 * caption with its credit (`… in February. EFE`, `… years. Image: Keystone`) or a paragraph, not a
 * title. The sentence must be long and end in a word, so an abbreviation (`Warner Bros. role`,
 * `St. Johannes`, `S.C.`) or an ordinal (`dem 10. Spieltag`) does not count.
 */
function hasInnerSentence(line: string, lang: TextLanguage): boolean {
  const end = /(?<=(?:^|[^\p{L}])(?:\p{Ll}{4,}|\p{Lu}\p{Ll}{4,}))\.\s+\S/u.exec(line);
  return end !== null && titleWords(line.slice(0, end.index), lang) >= MIN_INNER_SENTENCE_WORDS;
}

/**
 * True for a line wholly in parentheses (`(Elizabeth Conley / Houston Chronicle)`, `(Foto: dpa)`):
 * a photo credit or an aside, which a page never prints its title as.
 */
const isBracketedAside = (line: string): boolean => /^\([^()]*\)$/u.test(line.trim());

/** Fewest places where one word runs into the next for a line of glued menu items. */
const MIN_GLUED_JOINS = 2;

/**
 * True for menu items or labels printed with no space between them (`Últimas noticiasRusia
 * invade UcraniaCoronavirus`, `UnternehmenNewsroomBürgerbeteiligung …`): a word in lower case runs
 * into a capitalised one twice or more. A brand name (`WordPress`) does it once.
 */
const isGluedMenu = (line: string): boolean =>
  (line.match(/\p{Ll}{2}\p{Lu}\p{Ll}/gu)?.length ?? 0) >= MIN_GLUED_JOINS;

/** A domain after an e-mail address's `@`: labels, dots, and a top-level domain of letters. */
const EMAIL_DOMAIN = /^[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/u;
/** Most characters of a domain name: each `@` is checked over at most these, so a line costs linear time. */
const MAX_DOMAIN = 255;

/**
 * True for a line with an e-mail address in it (`kanzlei@example.de`, `Write to ana@example.com`):
 * a contact line. Checked at each `@`, never by a pattern scanning back over the address's local
 * part (which took quadratic time on a long run of letters without spaces).
 */
function hasEmailAddress(line: string): boolean {
  for (let at = line.indexOf("@"); at !== -1; at = line.indexOf("@", at + 1))
    if (
      at > 0 &&
      /[\p{L}\p{N}._%+-]/u.test(line[at - 1]!) &&
      EMAIL_DOMAIN.test(line.slice(at + 1, at + 1 + MAX_DOMAIN))
    )
      return true;
  return false;
}

/** True for a caption under its label, even glued to it (`Media captionDrone footage shows …`). */
const isLabelledCaption = (line: string): boolean =>
  /^(?:media|image|video|photo|picture)\s*caption/iu.test(line.trim());

/** True for a line that cannot be the headline whatever stands around it. */
export const isNeverHeadline = memoizeByLanguage((line: string, lang: TextLanguage): boolean => {
  const words = titleWords(line, lang);
  if (words === 0 || words > 40 || !/\p{L}/u.test(line)) return true;
  if (/[:,;]["”»’)]*$/u.test(line)) return true;
  if (endsWithFullStop(line) && words > MAX_STOPPED_TITLE_WORDS) return true;
  if (hasInnerSentence(line, lang)) return true;
  if (isChromeLine(line) || isScriptNotice(line) || isSectionLabel(line) || isSiteNameLine(line))
    return true;
  if (isEndMarker(line)) return true;
  if (isNavigationLine(line) || isWidgetLine(line) || isMarkedFurniture(line, lang)) return true;
  if (isRecipeCardLine(line) || isTagList(line) || isBracketedAside(line)) return true;
  if (isGluedMenu(line) || hasEmailAddress(line) || isLabelledCaption(line)) return true;
  return proseKind(line, lang) === "long" && words > 25;
});
