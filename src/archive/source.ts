/**
 * Choosing the publishing outlet from the evidence, most direct first: the dateline's agency tag
 * (`(Reuters)`, `/TASS/`, `(RHC)`), an outlet on the byline (`Jane Doe, Reuters`, `Text by:
 * FRANCE 24`), the site's name above the body (`The Guardian - Back to home`, `Follow RT on`),
 * alt text suffixed with the site name (`… - Sputnik International`), a sign-off (`(FRANCE 24
 * with AFP)`), the site's own address, a copyright footer (`© 2024 Reuters`), and last a staff
 * photo credit (`Foto: Name/ Cubadebate`). A wire agency in a photo credit (`© AFP 2023 /
 * Stringer`) is never the source: agencies sell photos to every site.
 */
import { parseAttribution, type Byline } from "./byline.ts";
import type { Dateline } from "./dateline.ts";
import { findOutlet, outletAtEnd, outletOfHost, type Outlet } from "./outlets.ts";
import type { RemovedLine } from "./types.ts";

/** The chosen outlet with its evidence. */
export interface SourceChoice {
  /** The outlet. */
  outlet: Outlet;
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
  /** Lines that are not body, in file order. */
  removed: readonly RemovedLine[];
  /** Line of the first body paragraph. */
  firstBody: number;
  /** Line of the last body paragraph. */
  lastBody: number;
}

/** The outlet the first words of a name belong to: `The New York Times Company` → The New York Times. */
function outletAtStart(name: string): Outlet | null {
  const words = name.split(/\s+/).filter(Boolean);
  for (let take = Math.min(6, words.length); take >= 1; take--) {
    const outlet = findOutlet(words.slice(0, take).join(" "));
    if (outlet) return outlet;
  }
  return null;
}

/** The outlet a copyright footer names: `© 2024 Reuters`, `Copyright 2024 The Associated Press. All rights reserved.` */
export function copyrightOutlet(line: string): Outlet | null {
  if (!/^(?:©|\(c\)|copyright)/i.test(line.trim()) || line.includes("/")) return null;
  const name = line
    .replace(/^(?:©|\(c\)|copyright)\s*(?:©|\(c\))?/i, "")
    .replace(/\b(?:19|20)\d{2}(?:\s*[-–]\s*(?:19|20)\d{2})?\b/g, "")
    .replace(/^[\s.,]+/, "");
  return outletAtStart(name.split(/[.,]\s/)[0] ?? "");
}

/**
 * The publisher a copyright footer names when it is not in the registry: `© 2024 Novaya Gazeta
 * Europe. All rights reserved.` → `Novaya Gazeta Europe`. Only a short capitalised name counts.
 */
export function copyrightName(line: string): Outlet | null {
  if (!/^(?:©|\(c\)|copyright)/i.test(line.trim()) || line.includes("/")) return null;
  const name = (
    line
      .replace(/^(?:©|\(c\)|copyright)\s*(?:©|\(c\))?/i, "")
      .replace(/\b(?:19|20)\d{2}(?:\s*[-–—]\s*(?:19|20)\d{2})?\b/g, "")
      .replace(/^[\s.,–—-]+/, "")
      .split(/[.,|]\s|\s[-–—]\s/)[0] ?? ""
  )
    .replace(/\s+(?:ltd|limited|inc|llc|s\.a|company|group|ооо|ао)\.?$/i, "")
    .trim();
  const words = name.split(/\s+/);
  if (
    !/^[\p{Lu}«"]/u.test(name) ||
    words.length > 5 ||
    /\d|rights|derechos|права|reserved/i.test(name)
  )
    return null;
  return { name, aliases: [] };
}

/** The site a line names itself as: `Sputnik International`, `BBC Homepage`, `Prensa Latina - Latin American News Agency`, `Follow RT on`. */
export function siteOutlet(line: string): Outlet | null {
  const t = line.trim();
  const follow = /^(?:follow|s[ií]guenos en|подписывайтесь на)\s+(.{2,30}?)\s+(?:on|en|в)\b/iu.exec(
    t,
  );
  if (follow?.[1]) return findOutlet(follow[1]);
  const head = t.split(/\s+[-–—|:]\s+/)[0] ?? t;
  const words = t.split(/\s+/);
  // A short line opening with the outlet's name: `РБК Экономика`, `BBC Wales`.
  const opening =
    words.length <= 3
      ? (findOutlet(words.slice(0, 2).join(" ")) ?? findOutlet(words[0] ?? ""))
      : null;
  return (
    opening ??
    findOutlet(t) ??
    findOutlet(
      head.replace(/\s+(?:homepage|home|logo|english edition|edition|en vivo|online|news)$/i, ""),
    ) ??
    (head !== t ? findOutlet(head) : null)
  );
}

/** The site an address on its own line belongs to. */
function urlOutlet(line: string): Outlet | null {
  const m = /^(?:https?:\/\/)?((?:[\w-]+\.)+[a-z]{2,})(?:\/\S*)?$/i.exec(line.trim());
  return m?.[1] ? outletOfHost(m[1]) : null;
}

/** The first line, among the given, whose reader finds an outlet. */
function firstFound(
  lines: readonly RemovedLine[],
  read: (r: RemovedLine) => Outlet | null,
): SourceChoice | null {
  for (const r of lines) {
    const outlet = read(r);
    if (outlet) return { outlet, line: r.line, evidence: r.text };
  }
  return null;
}

/** Picks the source outlet, or null when the text never names one. */
export function chooseSource(e: SourceEvidence): SourceChoice | null {
  if (e.dateline?.outlet)
    return { outlet: e.dateline.outlet, line: e.dateline.line, evidence: e.dateline.text.trim() };
  const byline = e.bylines.find((b) => b.outlet);
  if (byline?.outlet) return { outlet: byline.outlet, line: byline.line, evidence: byline.text };
  const live = e.removed.filter((r) => r.reason !== "after-end-marker");
  const above = live.filter((r) => r.line <= e.firstBody);
  const below = e.removed.filter((r) => r.line > e.lastBody);
  const suffix = (r: RemovedLine): Outlet | null => {
    const m = r.reason === "caption" ? /\s[-–—|]\s+([^-–—|]{2,40})$/.exec(r.text) : null;
    return m?.[1] ? outletAtEnd(m[1]) : null;
  };
  const signOff = (r: RemovedLine): Outlet | null => {
    const m = /^\(([\p{L}\d ]{2,30}?)\s+(?:with|con|и|avec)\s+[^()]{2,40}\)\.?$/iu.exec(
      r.text.trim(),
    );
    return m?.[1] ? findOutlet(m[1]) : null;
  };
  const staffCredit = (r: RemovedLine): Outlet | null => {
    if ((r.reason !== "credit" && r.reason !== "caption") || parseAttribution(r.text)) return null;
    const outlet = outletAtEnd(r.text.replace(/[.\s]+$/, ""));
    return outlet && !outlet.agency ? outlet : null;
  };
  return (
    firstFound(above, (r) =>
      r.reason === "label" || r.reason === "chrome" ? siteOutlet(r.text) : null,
    ) ??
    firstFound(live, suffix) ??
    firstFound(live, signOff) ??
    firstFound(live, (r) => urlOutlet(r.text)) ??
    firstFound(below, (r) => copyrightOutlet(r.text)) ??
    firstFound(below, (r) => siteOutlet(r.text)) ??
    firstFound(live, staffCredit) ??
    firstFound(below, (r) => copyrightName(r.text)) ??
    // Last, a `Source: X` line: Al Jazeera credits itself so; elsewhere it names an origin (the attribution).
    firstFound(live, (r) =>
      r.reason === "credit" && /^(?:source|fuente|источник)\s*:/i.test(r.text)
        ? findOutlet(r.text.replace(/^[^:]*:\s*/, "").replace(/[.\s]+$/, ""))
        : null,
    )
  );
}
