/**
 * Attribution: the outlet an article credits as its origin (`(Source: Prensa Latina)`, `Con
 * información de EFE`), read from the end of the body or a line around it (byline.ts reads the
 * credit itself).
 */
import { parseAttribution } from "./byline.ts";
import type { Paragraph, RemovedLine } from "./types.ts";

/** An origin credit with where it was read. */
export interface Attribution {
  /** Canonical outlet name, or the name as written when the registry does not know it. */
  name: string;
  /** 1-based line of the credit. */
  line: number;
  /** The words read as the credit. */
  evidence: string;
}

/** The first origin credit among the last three paragraphs (last first), then the evidence lines. */
export function findAttribution(
  paragraphs: readonly Paragraph[],
  beforeEnd: readonly RemovedLine[],
): Attribution | null {
  for (const c of [...paragraphs.slice(-3).reverse(), ...beforeEnd]) {
    const a = parseAttribution(c.text);
    if (a) return { ...a, line: c.line };
  }
  return null;
}

/**
 * Moves an origin credit in brackets that closes the last paragraph out of the body, into `removed`:
 * `… supplies. (Source: Prensa Latina).` It is a fact of the record, not article text.
 * Changes the last paragraph in place.
 */
export function moveClosingCredit(
  attribution: Attribution,
  paragraphs: readonly Paragraph[],
  removed: RemovedLine[],
): void {
  const last = paragraphs[paragraphs.length - 1];
  if (!last || attribution.line !== last.line || !attribution.evidence.startsWith("(")) return;
  const at = last.text.lastIndexOf(attribution.evidence);
  if (at > 0) {
    removed.push({ line: last.line, text: last.text.slice(at), reason: "credit" });
    last.text = last.text.slice(0, at).trimEnd();
  }
}
