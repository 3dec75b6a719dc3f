/**
 * Eleventy configuration: a table of contents of how the site is rendered. Eleventy only renders;
 * the archive is parsed and its views are derived in src/ before Eleventy starts.
 * Docs: https://www.11ty.dev/docs/config/
 */
import { currentSite, writesWholeSite } from "./src/site/current-site.ts";
import { renderJsx } from "./src/site/render-jsx.ts";

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
interface EleventyConfig {
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
  addTemplateFormats(formats: string): void;
  addGlobalData(name: string, value: () => unknown): void;
  addPassthroughCopy(map: Record<string, string>): void;
  setQuietMode(quiet: boolean): void;
  ignores: { add(glob: string): void };
}

export default function (eleventyConfig: EleventyConfig): object {
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
  eleventyConfig.addTemplateFormats("11ty.tsx");

  // The archive: records parsed from articles/ and the views derived from them (src/site/).
  // Article files are data, never templates: no article text reaches a template engine.
  // `site` holds every view; `plan` lists the pages this render writes (a rebuild leaves out pages
  // whose data is unchanged and links them from the previous site instead).
  eleventyConfig.addGlobalData("site", async () => (await currentSite()).site);
  eleventyConfig.addGlobalData("plan", async () => (await currentSite()).plan);

  // Pages built from the whole archive, and static assets (styles, scripts, icons) copied as they
  // are: written once per build. A large build renders in batches (src/build/render-pages.ts), and
  // the batches after the first leave these out.
  if (writesWholeSite()) eleventyConfig.addPassthroughCopy({ public: "." });
  else for (const t of WHOLE_SITE_TEMPLATES) eleventyConfig.ignores.add(`templates/${t}`);

  // Components are imported by templates, not rendered on their own.
  eleventyConfig.ignores.add("templates/_components/**");

  eleventyConfig.setQuietMode(true);

  return {
    // Only TSX templates; Markdown, Nunjucks and Liquid are not processed at all (default: many formats).
    templateFormats: ["11ty.tsx"],
    dir: {
      input: "templates", // default: "."
      // output: default "_site"; `npm run build` passes a fresh folder and swaps it in when checked.
      includes: "_components", // default: "_includes"
      data: "_data", // default: "_data"
    },
  };
}
