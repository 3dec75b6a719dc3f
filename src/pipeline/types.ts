/** The build's options and results: what `buildArchiveSite` takes and gives. */
import type { Diagnostic } from "../archive/types.ts";
import type { SiteData } from "../site/types.ts";

/** Options of a build. */
export interface BuildOptions {
  /** Folder of article files (default `articles`). */
  articles?: string;
  /** Folder the site is published in (default `_site`). */
  output?: string;
  /** Folder of the editable data files (default `data`; see src/site/site-inputs.ts). */
  data?: string;
  /** The moment the build treats as now (dates after it are rejected). */
  now?: Date;
  /** Called with progress messages. */
  onProgress?: (message: string) => void;
  /** Number of search-index shards (default: from the archive's size; see src/search/shards.ts). */
  searchShards?: number;
  /** Most milliseconds one article file may take to parse (default: see src/archive/time-bound.ts). */
  parseTimeLimitMs?: number;
  /** Most pages one Eleventy run writes (default `RENDER_BATCH`; see src/pipeline/render-pages.ts). */
  renderBatch?: number;
}

/** How much of the previous build a build reused. */
export interface BuildCounts {
  /** Article files parsed. */
  parsed: number;
  /** Article files whose facts came from the cache. */
  reusedFiles: number;
  /** Pages rendered by Eleventy (with the static files it copies). */
  rendered: number;
  /** Pages linked from the previous site. */
  linked: number;
  /** Search shards indexed. */
  shardsWritten: number;
  /** Search shards linked from the previous site. */
  shardsReused: number;
}

/** What a build did. */
export interface BuildResult {
  /** True when the new site replaced the old one. */
  ok: boolean;
  /** Every error and warning. */
  diagnostics: Diagnostic[];
  /** The views rendered (when the archive loaded). */
  site: SiteData | null;
  /** Files written. */
  pages: number;
  /** What was reused. */
  counts: BuildCounts | null;
  /** Milliseconds per phase (parse, views, render, index, swap), wall and, as `<phase>Cpu`, CPU of this process. */
  timings: Record<string, number>;
}
