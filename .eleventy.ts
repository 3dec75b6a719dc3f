/**
 * Eleventy configuration: a table of contents of how the site is rendered. Eleventy only renders;
 * the archive is parsed, its views are derived and each batch's pages are read in src/ before
 * Eleventy starts. The build passes `configureRender(batch)` through Eleventy's programmatic API
 * (`new Eleventy(input, output, { config })`, src/pipeline/render-pages.ts), once per batch.
 * Docs: https://www.11ty.dev/docs/config/ and https://www.11ty.dev/docs/programmatic/
 */
import { renderJsx } from "./src/site/render-jsx.ts";
import type { RenderBatch, SiteData } from "./src/site/types.ts";

/** Templates of the pages built from the whole archive, not from one slice of it. */
const WHOLE_SITE_TEMPLATES = [
  "index.11ty.tsx",
  "timeline.11ty.tsx",
  "term-index.11ty.tsx",
  "feeds.11ty.tsx",
  "sitemap-parts.11ty.tsx",
  "search.11ty.tsx",
  "404.11ty.tsx",
];

/** The parts of Eleventy's configuration API this file uses. */
export interface EleventyConfig {
  addExtension(
    ext: string[],
    options: {
      key: string;
      compile: () => (
        this: { defaultRenderer(data: unknown): Promise<unknown> },
        data: unknown,
      ) => Promise<string | Buffer>;
    },
  ): void;
  setTemplateFormats(formats: string[]): void;
  setInputDirectory(dir: string): void;
  setIncludesDirectory(dir: string): void;
  setDataDirectory(dir: string): void;
  addGlobalData(name: string, value: () => unknown): void;
  addPassthroughCopy(map: Record<string, string>): void;
  setQuietMode(quiet: boolean): void;
  ignores: { add(glob: string): void };
}

/** The configuration of one Eleventy run that writes `batch`'s pages of the site `site`. */
export function configureRender(
  site: SiteData,
  batch: RenderBatch,
): (eleventyConfig: EleventyConfig) => void {
  return (eleventyConfig) => {
    // Templates are TSX: jsx-async-runtime builds the elements, renderJsx (src/site/render-jsx.ts)
    // writes them, escaping every value by default (as the runtime's own, slower, jsxToString does).
    // https://www.11ty.dev/docs/languages/jsx/ — pages return JSX; feeds return plain strings.
    // Each page is handed to Eleventy as bytes: Eleventy keeps every page of a run until it writes
    // them, and a page kept as the string renderJsx joins is thousands of small heap objects that
    // every young-generation collection copies (a third of a 10,000-article render was spent so).
    eleventyConfig.addExtension(["11ty.tsx"], {
      key: "11ty.js",
      compile: () =>
        async function (data) {
          const content = await this.defaultRenderer(data);
          const html = typeof content === "string" ? content : await renderJsx(content);
          return Buffer.from(html);
        },
    });
    // Only TSX templates; Markdown, Nunjucks and Liquid are not processed at all (default: many formats).
    eleventyConfig.setTemplateFormats(["11ty.tsx"]);
    eleventyConfig.setInputDirectory("templates"); // default: "."
    eleventyConfig.setIncludesDirectory("_components"); // default: "_includes"
    eleventyConfig.setDataDirectory("_data"); // default: "_data"
    // output: default "_site"; `npm run build` passes a fresh folder and swaps it in when checked.

    // The archive: every view (`site`) and this run's pages with their data (`batch`), handed over
    // as values. Templates are pure functions of them: none reads a file or the archive itself.
    // Article files are data, never templates: no article text reaches a template engine.
    // Given as functions, as before: Eleventy deep-copies a plain object added here.
    eleventyConfig.addGlobalData("site", () => site);
    eleventyConfig.addGlobalData("batch", () => batch);

    // Pages built from the whole archive, and static assets (styles, icons) copied as they are:
    // written once per build, by the first batch (src/pipeline/render-pages.ts).
    if (batch.wholeSite) eleventyConfig.addPassthroughCopy({ public: "." });
    else for (const t of WHOLE_SITE_TEMPLATES) eleventyConfig.ignores.add(`templates/${t}`);

    // Components are imported by templates, not rendered on their own.
    eleventyConfig.ignores.add("templates/_components/**");

    eleventyConfig.setQuietMode(true);
  };
}
