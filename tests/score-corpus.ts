/**
 * Scores the parser against a fixture folder: every `<case>.txt` (or `.md`) with a
 * `<case>.expected.json` beside it. Reports per-field accuracy, boilerplate leaks (body lines that
 * are not expected paragraphs), lost paragraphs and invented dates.
 */
import { readdirSync, readFileSync, existsSync } from "node:fs";
import { join } from "node:path";
import { parseArticle } from "../src/archive/parse.ts";
import { readArticleText } from "../src/archive/read.ts";

/** The expected record of one fixture. */
export interface Expected {
  headline: string;
  date: string | null;
  source: string | null;
  dateline: string | null;
  author: string | null;
  attribution: string | null;
  body: string[];
}

/** The scored fields. */
export const FIELDS = ["headline", "date", "source", "dateline", "author", "attribution"] as const;

/** What went wrong in one fixture. */
export interface CaseResult {
  name: string;
  wrong: { field: string; expected: unknown; actual: unknown }[];
  leaked: string[];
  lost: string[];
  inventedDate: boolean;
}

/** The corpus score. */
export interface Score {
  cases: CaseResult[];
  accuracy: Record<(typeof FIELDS)[number], number>;
  /** Share of bodies with at least one leaked boilerplate line. */
  leakRate: number;
  /** Expected paragraphs missing from the output, over all cases. */
  lostParagraphs: number;
  /** Cases where the parser gave a date the expected record does not have. */
  inventedDates: number;
}

/** Folds text for comparison: NFC, white space collapsed (NBSP included), outer space trimmed. */
export const norm = (s: string): string =>
  s
    .normalize("NFC")
    .replace(/[\s\u00a0]+/g, " ")
    .trim();
const loose = (s: string | null): string | null =>
  s === null ? null : norm(s).normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase();

/** The fixture cases in a folder, by name. */
export function fixtureCases(dir: string): string[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith(".expected.json"))
    .map((f) => f.replace(/\.expected\.json$/, ""))
    .sort();
}

/** Parses and scores one case. */
export function scoreCase(dir: string, name: string, now: Date): CaseResult {
  const input = [".txt", ".md"].map((ext) => join(dir, name + ext)).find((p) => existsSync(p));
  if (!input) throw new Error(`${name}: no .txt or .md input beside its .expected.json`);
  const expected = JSON.parse(readFileSync(join(dir, `${name}.expected.json`), "utf8")) as Expected;
  const read = readArticleText(input, readFileSync(input), now);
  if (!read.ok) throw new Error(`${name}: ${read.errors.map((e) => e.message).join("; ")}`);
  const record = parseArticle(read.file, now);
  const wrong: CaseResult["wrong"] = [];
  for (const field of FIELDS) {
    const exact = field === "date";
    const a = exact ? record[field] : loose(record[field]);
    const e = exact ? expected[field] : loose(expected[field]);
    if (a !== e) wrong.push({ field, expected: expected[field], actual: record[field] });
  }
  const expectedBody = new Set(expected.body.map(norm));
  const actualBody = record.paragraphs.map((p) => norm(p.text));
  const actualSet = new Set(actualBody);
  return {
    name,
    wrong,
    leaked: actualBody.filter((p) => !expectedBody.has(p)),
    lost: [...expectedBody].filter((p) => !actualSet.has(p)),
    // Invented: a date where the evidence has none, or more precise than the evidence.
    inventedDate:
      record.date !== null && (expected.date === null || record.date.length > expected.date.length),
  };
}

/** Scores every case in a folder. */
export function scoreCorpus(dir: string, now: Date = new Date("2026-11-23T12:00:00Z")): Score {
  const cases = fixtureCases(dir).map((name) => scoreCase(dir, name, now));
  const n = cases.length || 1;
  const accuracy = Object.fromEntries(
    FIELDS.map((f) => [f, cases.filter((c) => !c.wrong.some((w) => w.field === f)).length / n]),
  ) as Score["accuracy"];
  return {
    cases,
    accuracy,
    leakRate: cases.filter((c) => c.leaked.length > 0).length / n,
    lostParagraphs: cases.reduce((sum, c) => sum + c.lost.length, 0),
    inventedDates: cases.filter((c) => c.inventedDate).length,
  };
}
