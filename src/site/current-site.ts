/**
 * The site data Eleventy renders. The build script sets it after loading and checking the
 * archive; run on its own (`npx @11ty/eleventy`), Eleventy loads `articles/` itself.
 */
import { loadArchive } from "../archive/load.ts";
import { buildSite, loadSiteInputs } from "./build-site.ts";
import type { SiteData } from "./types.ts";

let current: SiteData | null = null;

/** Sets the data for the next render. */
export function setCurrentSite(site: SiteData): void {
  current = site;
}

/** The data to render. */
export async function currentSite(): Promise<SiteData> {
  if (current) return current;
  const archive = await loadArchive("articles");
  current = buildSite(archive.records, loadSiteInputs());
  return current;
}
