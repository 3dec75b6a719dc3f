/**
 * Checks of a large generated site that a small archive cannot make: terms with more than a page
 * of articles, split by year. Every internal link must lead to a page (and a `#fragment` to an id
 * on it) that exists, and a large term's first page and year pages must be valid HTML.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { HtmlValidate } from "html-validate";
import { listFiles } from "../tests/helpers/built-site.ts";
import { brokenLinks } from "../tests/helpers/links.ts";

/** A term's year pages: `places/cuba/2010.html`, `topics/trade/2010/2.html`, `…/undated.html`. */
const YEAR_PAGE = /^(?:places|people|topics|sources)\/[^/]+\/(?:\d{4}|undated)(?:\/\d+)?\.html$/;

/** What is wrong with the site in `site` (empty when nothing is). */
export async function siteProblems(site: string): Promise<string[]> {
  const pages = listFiles(site).filter((p) => p.endsWith(".html"));
  const problems: string[] = [];
  const years = pages.filter((p) => YEAR_PAGE.test(p));
  if (years.length === 0) problems.push("site: no term has pages by year");
  const ids = new Map<string, Set<string>>();
  for (const p of pages) problems.push(...brokenLinks(site, p, ids).map((l) => `site: ${l}`));
  // A sample of the large terms' pages: their first pages and year pages.
  const termsWithYears = new Set(years.map((p) => p.split("/").slice(0, 2).join("/")));
  const sample = [...termsWithYears]
    .flatMap((t) => [`${t}.html`, ...years.filter((p) => p.startsWith(`${t}/`))])
    .slice(0, 60);
  const validator = new HtmlValidate(JSON.parse(readFileSync(".htmlvalidate.json", "utf8")));
  for (const p of sample) {
    const report = await validator.validateString(readFileSync(join(site, p), "utf8"), p);
    for (const r of report.results)
      for (const m of r.messages) problems.push(`site: ${p}:${m.line}: ${m.ruleId} ${m.message}`);
  }
  return problems;
}
