/**
 * Link checking over a built site: every `href`/`src` that points inside the site must resolve to
 * a file, and a `#fragment` to an element id on that page.
 */
import { existsSync, readFileSync } from "node:fs";
import { dirname, join, normalize } from "node:path";

/** The links of an HTML page: every href and src value. */
export function linksOf(html: string): string[] {
  return [...html.matchAll(/\s(?:href|src|action)="([^"]*)"/g)].map((m) =>
    m[1]!.replace(/&amp;/g, "&"),
  );
}

/** Ids defined on a page. */
export function idsOf(html: string): Set<string> {
  return new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!));
}

/**
 * Broken internal links of one page of a site in `dir`, as `page → link` strings. `ids` keeps the
 * ids of pages already read, for checking many pages of one site.
 */
export function brokenLinks(
  dir: string,
  page: string,
  ids: Map<string, Set<string>> = new Map(),
): string[] {
  const html = readFileSync(join(dir, page), "utf8");
  const broken: string[] = [];
  for (const link of linksOf(html)) {
    if (/^(?:[a-z]+:|\/\/)/i.test(link)) continue; // external, mailto:, data:
    const [path = "", fragment] = link.split("#");
    const target = path === "" ? page : normalize(join(dirname(page), path.split("?")[0]!));
    if (target.startsWith("..") || !existsSync(join(dir, target))) {
      broken.push(`${page} → ${link}`);
      continue;
    }
    if (
      fragment &&
      target.endsWith(".html") &&
      !(
        ids.get(target) ??
        ids.set(target, idsOf(readFileSync(join(dir, target), "utf8"))).get(target)!
      ).has(decodeURIComponent(fragment))
    )
      broken.push(`${page} → ${link} (no #${fragment})`);
  }
  return broken;
}
