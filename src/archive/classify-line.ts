/**
 * Classifying one line on its own, before the context rules of the body cleaner: chrome by
 * vocabulary and form, bylines, date stamps, and prose by length, punctuation and stopwords.
 */
import {
  isChromeLine,
  isCreditLine,
  isShareButtonLine,
  isSiteSuffixedLine,
} from "./boilerplate.ts";
import { parseByline } from "./byline.ts";
import { isImageNameLine, stripImageNoise } from "./image-noise.ts";
import { readDateStamp } from "./date-stamp.ts";
import { isScriptNotice } from "./script-notice.ts";
import { isSectionLabel, isSiteNameLine } from "./title-lines.ts";
import { memoizeByLanguage } from "./language-memo.ts";
import type { TextLanguage } from "./prose-language.ts";
import { proseKind } from "./prose-measure.ts";
import type { RemovalReason } from "./types.ts";

/** What one line is: a removal reason, `content` (a paragraph), or `short` (a sentence kept only between paragraphs). */
export type LineKind = RemovalReason | "content" | "short";

/** Classifies one line without looking at its neighbours. */
export const classifyLine = memoizeByLanguage((line: string, lang: TextLanguage): LineKind => {
  if (isShareButtonLine(line)) return "share-button";
  if (isCreditLine(line)) return "credit";
  if (isSiteSuffixedLine(line)) return "caption";
  if (isImageNameLine(line)) return "image-noise";
  if (isChromeLine(line) || isScriptNotice(line)) return "chrome";
  if (isSectionLabel(line) || isSiteNameLine(line)) return "label";
  if (parseByline(line)) return "byline";
  if (readDateStamp(line, lang.vocabulary)) return "date-stamp";
  const kind = proseKind(stripImageNoise(line).text, lang);
  return kind === "long" ? "content" : kind === "short" ? "short" : "teaser";
});

/** Where a page glued two blocks together without a space: `…HernándezCienfuegos`, `08:34Havana`, `onRussian`. */
const GLUE = /(?<=[\p{Ll}\d)\]»”"])(?=\p{Lu}\p{L})|(?<=\.)(?=\p{Lu}\p{Ll})/gu;

/** Most parts one line is cut into, and most tails classified: pages glue one or two (three at most in 250,000 real lines); the caps bound the work on a long line. */
const MAX_GLUED_PARTS = 4;
const MAX_TAIL_TESTS = 8;
/** Glue points are looked for near a line's start only (the cuts must fall before 160). */
const GLUE_REACH = 162;

/**
 * Splits a line where the page glued chrome onto a paragraph: a credit, date stamp, byline or
 * widget text in front of prose (`Foto: Rafael HernándezCienfuegos, 25 jun (ACN) El parque…`,
 * `19 de febrero de 2024, 08:34Havana, Feb 19 (Prensa Latina) …`, `Por Marta Ibáñez | Santiago…`).
 * Returns the parts in order; a chrome part carries its kind. Prose glued to prose is left alone.
 */
export function splitGluedLine(
  line: string,
  lang: TextLanguage,
): { text: string; kind: LineKind }[] {
  const parts: { text: string; kind: LineKind }[] = [];
  let rest = line;
  let whole = classifyLine(rest, lang);
  let tailTests = 0;
  while (whole === "content" && parts.length < MAX_GLUED_PARTS) {
    const cuts = [...rest.slice(0, GLUE_REACH).matchAll(GLUE)]
      .map((m) => m.index)
      .filter((i) => i > 3 && i < 160);
    const bar = rest.indexOf(" | ");
    if (bar > 3 && bar < 120) cuts.push(bar);
    let cut: { head: string; kind: LineKind; tail: string } | null = null;
    for (const at of cuts.sort((a, b) => a - b)) {
      const head = rest.slice(0, at).trim();
      const tail = rest
        .slice(at)
        .replace(/^\s*\|\s*/, "")
        .trim();
      const headKind = classifyLine(head, lang);
      if (headKind === "content" || headKind === "short" || headKind === "teaser") continue;
      if (tailTests++ >= MAX_TAIL_TESTS) break;
      if (classifyLine(tail, lang) !== "content") continue;
      cut = { head, kind: headKind, tail };
      break;
    }
    if (!cut) break;
    parts.push({ text: cut.head, kind: cut.kind });
    rest = cut.tail;
  }
  parts.push({ text: rest, kind: whole });
  return parts;
}
