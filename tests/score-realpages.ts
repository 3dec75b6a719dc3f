/**
 * Scores the parser on the real-page corpus (`../shared/realpages`, copied text or saved HTML), in
 * process: body snippets found and kept out (precision, recall, F1, as score.mjs counts them),
 * overall and by language group (en/es/ru, whose chrome words the parser knows, against all
 * others), pages fully right, dates, and headline accuracy against the corpus's `title`.
 *
 * Headline accuracy: both sides normalised (NFKC, lowercase, quotes and dashes unified, white
 * space collapsed, outer punctuation trimmed); a headline is right when equal to the title, or when
 * one contains the other and the shorter has at least 60% of the longer's characters (a title
 * tag's `Headline | Site` suffix, a kicker printed before the headline).
 *
 * Run: node --import tsx tests/score-realpages.ts [--html] [--verbose] [--only=SUBSTR]
 * Skips (returns null) when the corpus folder does not exist.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { loadArticle } from "../src/archive/load.ts";

/** Default corpus folder: `shared/realpages` beside the checkout. */
export const REALPAGES_DIR = join(import.meta.dirname, "..", "..", "shared", "realpages");

/** Body snippet counts of a set of pages. */
export interface SnippetScore {
  /** Pages with snippets. */
  pages: number;
  /** Share of `with` snippets found in the body (recall). */
  kept: number;
  /** Share of `without` snippets absent from the body. */
  dropped: number;
  /** with-found / (with-found + without-present). */
  precision: number;
  /** Same as `kept`. */
  recall: number;
  /** Harmonic mean of precision and recall. */
  f1: number;
  /** Share of pages with every `with` found and no `without` present. */
  fullyRight: number;
}

/** The corpus figures. */
export interface RealpagesScore {
  /** The form of the pages parsed. */
  mode: RealpagesMode;
  /** Files parsed. */
  files: number;
  /** All pages with snippets. */
  all: SnippetScore;
  /** Pages in English, Spanish or Russian. */
  enEsRu: SnippetScore;
  /** Pages in any other language. */
  others: SnippetScore;
  /** Pages whose expected date the record has, over pages with an expected date. */
  dates: number;
  /** Headlines right (see the header), over pages with a title. */
  headlines: number;
  /** Pages with a title. */
  titled: number;
  /** Per-page misses, for `--verbose`. */
  misses: string[];
}

interface GoldPage {
  name: string;
  lang?: string;
  with?: string[];
  without?: string[];
  date?: string | null;
  title?: string | null;
}

const collapse = (s: string): string =>
  s
    .normalize("NFC")
    .replace(/[\s\u200b\u00ad]+/g, " ")
    .trim();

/** A headline or title normalised for comparison. */
export const normTitle = (s: string): string =>
  collapse(s.normalize("NFKC").toLowerCase())
    .replace(/[“”„«»"‚‘’']/g, "'")
    .replace(/[–—‐-]/g, "-")
    .replace(/^[\s\p{P}\p{S}]+|[\s\p{P}\p{S}]+$/gu, "");

/** True when the headline matches the title (equal, or clear containment). */
export function headlineMatches(headline: string, title: string): boolean {
  const h = normTitle(headline);
  const t = normTitle(title);
  if (!h || !t) return false;
  if (h === t) return true;
  const [short, long] = h.length <= t.length ? [h, t] : [t, h];
  return long.includes(short) && short.length >= 0.6 * long.length;
}

function tally(): {
  pages: number;
  wTot: number;
  wHit: number;
  woTot: number;
  woOk: number;
  full: number;
} {
  return { pages: 0, wTot: 0, wHit: 0, woTot: 0, woOk: 0, full: 0 };
}

function summary(t: ReturnType<typeof tally>): SnippetScore {
  const recall = t.wTot ? t.wHit / t.wTot : 0;
  const present = t.woTot - t.woOk;
  const precision = t.wHit + present ? t.wHit / (t.wHit + present) : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return {
    pages: t.pages,
    kept: recall,
    dropped: t.woTot ? t.woOk / t.woTot : 1,
    precision,
    recall,
    f1,
    fullyRight: t.pages ? t.full / t.pages : 0,
  };
}

/** Which form of the pages to parse: the copied text (`text/*.txt`) or the saved HTML (`html/*.html`). */
export type RealpagesMode = "text" | "html";

/** Parses every page of the corpus in one form and scores it; null when the folder is missing. */
export function scoreRealpages(
  dir: string = REALPAGES_DIR,
  only = "",
  mode: RealpagesMode = "text",
): RealpagesScore | null {
  const goldPath = join(dir, "gold.json");
  if (!existsSync(goldPath)) return null;
  const gold = JSON.parse(readFileSync(goldPath, "utf8")) as { pages: GoldPage[] };
  const now = new Date("2026-12-02T00:00:00Z");
  const groups = { all: tally(), enEsRu: tally(), others: tally() };
  const misses: string[] = [];
  let files = 0;
  let dTot = 0;
  let dOk = 0;
  let titled = 0;
  let hOk = 0;
  for (const page of gold.pages) {
    const file = join(dir, mode, `${page.name}.${mode === "text" ? "txt" : "html"}`);
    if ((only && !page.name.includes(only)) || !existsSync(file)) continue;
    files++;
    const record = loadArticle(file, now).record;
    const body = collapse(record?.body ?? "");
    const w = page.with ?? [];
    const wo = page.without ?? [];
    // As score.mjs counts it: a file with no record misses every `with` and keeps every `without`.
    const missed = record ? w.filter((s) => !body.includes(collapse(s))) : w;
    const present = record ? wo.filter((s) => body.includes(collapse(s))) : wo;
    if (w.length + wo.length > 0) {
      const group = ["en", "es", "ru"].includes(page.lang ?? "") ? groups.enEsRu : groups.others;
      for (const t of [groups.all, group]) {
        t.pages++;
        t.wTot += w.length;
        t.wHit += w.length - missed.length;
        t.woTot += wo.length;
        t.woOk += wo.length - present.length;
        if (!missed.length && !present.length) t.full++;
      }
    }
    const headline = record?.headline ?? "";
    const headlineOk = page.title ? headlineMatches(headline, page.title) : true;
    if (page.title) {
      titled++;
      if (headlineOk) hOk++;
    }
    if (page.date) {
      dTot++;
      if ((record?.date ?? "").slice(0, 10) === page.date) dOk++;
    }
    if (missed.length || present.length || !headlineOk)
      misses.push(
        [
          `--- ${page.name} [${page.lang ?? "?"}]`,
          ...missed.map((s) => `    missing: ${JSON.stringify(s.slice(0, 100))}`),
          ...present.map((s) => `    unwanted: ${JSON.stringify(s.slice(0, 100))}`),
          ...(headlineOk
            ? []
            : [`    headline: ${JSON.stringify(headline)} ≠ ${JSON.stringify(page.title)}`]),
        ].join("\n"),
      );
  }
  return {
    mode,
    files,
    all: summary(groups.all),
    enEsRu: summary(groups.enEsRu),
    others: summary(groups.others),
    dates: dTot ? dOk / dTot : 0,
    headlines: titled ? hOk / titled : 0,
    titled,
    misses,
  };
}

/** The figures as report lines. */
export function formatRealpagesScore(s: RealpagesScore): string[] {
  const pct = (x: number): string => `${(100 * x).toFixed(1)}%`;
  const row = (label: string, g: SnippetScore): string =>
    `  ${label.padEnd(10)} pages ${String(g.pages).padStart(4)}  kept ${pct(g.kept)}  dropped ${pct(g.dropped)}  ` +
    `P ${g.precision.toFixed(3)}  R ${g.recall.toFixed(3)}  F1 ${g.f1.toFixed(3)}  fully right ${pct(g.fullyRight)}`;
  return [
    `realpages (${s.mode === "text" ? "copied text" : "saved HTML"}): ${s.files} files`,
    row("all", s.all),
    row("en/es/ru", s.enEsRu),
    row("others", s.others),
    `  dates ${pct(s.dates)}  headlines ${pct(s.headlines)} (of ${s.titled} with a title)`,
  ];
}

if (process.argv[1]?.endsWith("score-realpages.ts")) {
  const args = process.argv.slice(2);
  const only = (args.find((a) => a.startsWith("--only=")) ?? "").slice("--only=".length);
  const score = scoreRealpages(REALPAGES_DIR, only, args.includes("--html") ? "html" : "text");
  if (!score) console.log(`realpages: no ${REALPAGES_DIR}, skipped`);
  else {
    if (args.includes("--verbose")) for (const m of score.misses) console.log(m);
    for (const l of formatRealpagesScore(score)) console.log(l);
  }
}
