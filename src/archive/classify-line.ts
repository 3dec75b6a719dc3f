/**
 * Classifying one line on its own, before the context rules of the body cleaner: chrome by
 * vocabulary and form, bylines, date stamps, and prose by length, punctuation and stopwords.
 */
import {
  isChromeLine,
  isCreditLine,
  isImageNameLine,
  isShareButtonLine,
  isSiteSuffixedLine,
  proseKind,
  stripImageNoise,
} from "./boilerplate.ts";
import { parseByline } from "./byline.ts";
import { readDateStamp } from "./date-stamp.ts";
import { isSectionLabel, isSiteNameLine } from "./headline.ts";
import { memoize } from "./memo.ts";
import type { Language, RemovalReason } from "./types.ts";

/** What one line is: a removal reason, `content` (a paragraph), or `short` (a sentence kept only between paragraphs). */
export type LineKind = RemovalReason | "content" | "short";

/** Classifies one line without looking at its neighbours. */
export function classifyLine(line: string, language: Language): LineKind {
  return classifyCached(`${language}\u0000${line}`);
}

const classifyCached = memoize((key: string): LineKind => {
  const language = key.slice(0, 2) as Language;
  const line = key.slice(3);
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
});

/** Where a page glued two blocks together without a space: `…HernándezCienfuegos`, `08:34Havana`, `onRussian`. */
const GLUE = /(?<=[\p{Ll}\d)\]»”"])(?=\p{Lu}\p{L})|(?<=\.)(?=\p{Lu}\p{Ll})/gu;

/**
 * Splits a line where the page glued chrome onto a paragraph: a credit, date stamp, byline or
 * widget text in front of prose (`Foto: Rafael HernándezCienfuegos, 25 jun (ACN) El parque…`,
 * `19 de febrero de 2024, 08:34Havana, Feb 19 (Prensa Latina) …`, `Por Marta Ibáñez | Santiago…`).
 * Returns the parts in order; a chrome part carries its kind. Prose glued to prose is left alone.
 */
export function splitGluedLine(
  line: string,
  language: Language,
): { text: string; kind: LineKind }[] {
  const whole = classifyLine(line, language);
  if (whole === "content") {
    const cuts = [...line.matchAll(GLUE)].map((m) => m.index).filter((i) => i > 3 && i < 160);
    const bar = line.indexOf(" | ");
    if (bar > 3 && bar < 120) cuts.push(bar);
    for (const at of cuts.sort((a, b) => a - b)) {
      const head = line.slice(0, at).trim();
      const tail = line
        .slice(at)
        .replace(/^\s*\|\s*/, "")
        .trim();
      const headKind = classifyLine(head, language);
      if (headKind === "content" || headKind === "short" || headKind === "teaser") continue;
      if (classifyLine(tail, language) !== "content") continue;
      return [{ text: head, kind: headKind }, ...splitGluedLine(tail, language)];
    }
  }
  return [{ text: line, kind: whole }];
}
