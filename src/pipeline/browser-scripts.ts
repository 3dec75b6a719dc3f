/**
 * The browser's scripts, bundled from src/browser/ with esbuild at build time: TypeScript that
 * imports the same tokenizer, filter keys, index format, date format and labels as the server,
 * written as classic scripts (an IIFE, no modules), because a page opened from `file://` may not
 * load module scripts. Not minified, so a reader can still follow them in the browser; esbuild
 * drops comments and types, which keeps them the size the hand-written scripts were.
 * The same sources give the same bytes: no timestamps, no absolute paths (the `// src/…` markers
 * are relative to the project root).
 */
import { writeFile } from "node:fs/promises";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

/** The project root, which the bundles' path markers are relative to. */
const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "../..");

/** Each script the pages load (`<script src>`), and the entry it is bundled from. */
export const BROWSER_SCRIPTS: Readonly<Record<string, string>> = {
  "search-engine.js": "src/browser/search-engine-script.ts",
  "search.js": "src/browser/search-page.ts",
};

/** Bundles one entry (relative to the project root) into a classic script's text. */
export async function bundleScript(entry: string): Promise<string> {
  const result = await build({
    absWorkingDir: ROOT,
    entryPoints: [entry],
    bundle: true,
    write: false,
    format: "iife",
    platform: "browser",
    // What every browser with WebAssembly has (Pagefind needs it); keeps `?.`, `??`, async/await.
    target: "es2020",
    charset: "utf8",
    legalComments: "none",
    logLevel: "silent",
    banner: { js: `/* Bundled from ${entry} by src/pipeline/browser-scripts.ts. */` },
  });
  return result.outputFiles[0]!.text;
}

/** Writes every browser script into the site folder `output`. */
export async function writeBrowserScripts(output: string): Promise<void> {
  await Promise.all(
    Object.entries(BROWSER_SCRIPTS).map(async ([name, entry]) =>
      writeFile(join(output, name), await bundleScript(entry)),
    ),
  );
}
