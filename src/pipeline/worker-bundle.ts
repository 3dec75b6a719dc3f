/**
 * A worker's TypeScript module bundled with esbuild into one script, so the worker starts without
 * tsx: through tsx, each parse worker spent about a second of processor time loading two hundred
 * modules one by one (a loader thread of its own translating each), on a machine whose two cores
 * the workers share. Bundling takes esbuild a fifth of a second, in its own process.
 *
 * The script is handed to the worker as a `data:` URL, made again by each process that needs it:
 * nothing is written, so nothing can go stale. Each module's `import.meta.url` is pinned to its own
 * file, so the data files it reads beside itself and the packages it loads at run time are found
 * where they are. If bundling fails, the worker runs the TypeScript module through tsx instead.
 */
import { readFile } from "node:fs/promises";
import { fileURLToPath, pathToFileURL } from "node:url";
import { build, type Plugin } from "esbuild";

/**
 * Replaces `import.meta.url` in each module, ours or a package's, with the URL of its own file
 * (Pagefind finds its program through it).
 */
const pinImportMetaUrl: Plugin = {
  name: "pin-import-meta-url",
  setup(b) {
    b.onLoad({ filter: /\.(?:ts|js|mjs)$/ }, async (args) => {
      const text = await readFile(args.path, "utf8");
      if (!text.includes("import.meta.url")) return undefined;
      const url = JSON.stringify(pathToFileURL(args.path).href);
      return {
        contents: text.replaceAll("import.meta.url", url),
        loader: args.path.endsWith(".ts") ? "ts" : "js",
      };
    });
  },
};

/** Bundles made by this process, by module. */
const made = new Map<string, Promise<URL | null>>();

/** `module` (a worker's TypeScript module) as one script to start a worker with, or null when it cannot be bundled. */
export function workerBundle(module: URL): Promise<URL | null> {
  let bundle = made.get(module.href);
  if (!bundle) made.set(module.href, (bundle = bundleOf(module)));
  return bundle;
}

/** Bundles `module` and its imports, packages included, into a `data:` URL. */
async function bundleOf(module: URL): Promise<URL | null> {
  try {
    const result = await build({
      entryPoints: [fileURLToPath(module)],
      bundle: true,
      platform: "node",
      format: "esm",
      target: "node20",
      write: false,
      logLevel: "silent",
      plugins: [pinImportMetaUrl],
      // Packages bundled from CommonJS call `require`, which an ES module has not: one made for
      // the module's own place.
      banner: {
        js: `import { createRequire as bundleRequire } from "node:module"; const require = bundleRequire(${JSON.stringify(module.href)});`,
      },
    });
    const text = result.outputFiles[0]?.text;
    return text ? new URL(`data:text/javascript,${encodeURIComponent(text)}`) : null;
  } catch {
    return null;
  }
}
