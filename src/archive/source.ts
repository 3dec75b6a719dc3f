/**
 * Choosing the publishing outlet from the evidence, most direct first: the dateline's agency tag
 * (`(Reuters)`, `/TASS/`, `(RHC)`), an outlet on the byline (`Jane Doe, Reuters`), the site's
 * name above the body, alt text suffixed with the site name (`… - Sputnik International`), then a
 * copyright footer below the body (`© 2024 Reuters`). A photo credit (`© AFP 2023 / Stringer`) is
 * never the source: it names the photo agency.
 */
import type { Byline } from "./byline.ts";
import type { Dateline } from "./dateline.ts";
import { findOutlet, outletAtEnd, type Outlet } from "./outlets.ts";
import type { RemovedLine } from "./types.ts";

/** The chosen outlet with its evidence. */
export interface SourceChoice {
  /** Canonical outlet name. */
  name: string;
  /** 1-based line of the evidence. */
  line: number;
  /** The words read. */
  evidence: string;
}

/** What the parser found that can name the outlet. */
export interface SourceEvidence {
  /** The dateline, if any, with its line. */
  dateline: (Dateline & { line: number }) | null;
  /** Bylines in order. */
  bylines: readonly (Byline & { line: number; text: string })[];
  /** Lines that are not body. */
  removed: readonly RemovedLine[];
  /** Line of the first body paragraph. */
  firstBody: number;
  /** Line of the last body paragraph. */
  lastBody: number;
}

/** The outlet a copyright footer names: `© 2024 Reuters`, `Copyright 2024 The Associated Press. All rights reserved.` */
export function copyrightOutlet(line: string): Outlet | null {
  if (!/^(?:©|\(c\)|copyright)/i.test(line.trim()) || line.includes("/")) return null;
  const name = line
    .replace(/^(?:©|\(c\)|copyright)\s*(?:©|\(c\))?/i, "")
    .replace(/\b(?:19|20)\d{2}(?:\s*[-–]\s*(?:19|20)\d{2})?\b/g, "")
    .replace(/\b(?:all rights reserved|todos los derechos reservados|все права защищены)\b.*$/i, "")
    .replace(/[.,\s]+$/g, "")
    .trim();
  return name ? findOutlet(name) : null;
}

/** Picks the source outlet, or null when the text never names one. */
export function chooseSource(e: SourceEvidence): SourceChoice | null {
  if (e.dateline?.outlet) return { name: e.dateline.outlet.name, line: e.dateline.line, evidence: e.dateline.text.trim() };
  const byline = e.bylines.find((b) => b.outlet);
  if (byline?.outlet) return { name: byline.outlet.name, line: byline.line, evidence: byline.text };
  const above = e.removed.filter((r) => r.line < e.firstBody && r.reason !== "after-end-marker");
  const siteLine = above.find((r) => r.reason === "label" && findOutlet(r.text.split(/\s+[-–—|:]\s+/)[0] ?? ""));
  if (siteLine) return { name: findOutlet(siteLine.text.split(/\s+[-–—|:]\s+/)[0] ?? "")!.name, line: siteLine.line, evidence: siteLine.text };
  for (const r of e.removed) {
    if (r.reason !== "caption") continue;
    const suffix = /\s[-–—|]\s+([^-–—|]{2,40})$/.exec(r.text)?.[1];
    const outlet = suffix ? outletAtEnd(suffix) : null;
    if (outlet) return { name: outlet.name, line: r.line, evidence: r.text };
  }
  for (const r of e.removed) {
    if (r.line <= e.lastBody) continue;
    const outlet = copyrightOutlet(r.text) ?? (r.reason === "label" ? findOutlet(r.text) : null);
    if (outlet) return { name: outlet.name, line: r.line, evidence: r.text };
  }
  return null;
}
