/**
 * The preview behind `npm start`: builds the archive, serves the site with Eleventy's dev server
 * (live reload), and rebuilds when articles, templates, static files or data files change. A
 * failed rebuild keeps the last good site and shows its errors in the terminal and over every
 * open page. Listens on 127.0.0.1 unless told otherwise.
 */
import { relative, resolve } from "node:path";
import { formatDiagnostic } from "../archive/diagnostic.ts";
import { SITE_DATA_DIR } from "../site/site-inputs.ts";
import { closePagefind } from "../search/pagefind-index.ts";
import { buildArchiveSite } from "../pipeline/build-site.ts";
import { LiveServer } from "./live-server.ts";
import { RebuildQueue } from "./rebuild-queue.ts";
import { watchFolders } from "./watch-folders.ts";

/** Options of the preview; folders are relative to the working directory. */
export interface PreviewOptions {
  /** Folder of article files (default `articles`). */
  articles?: string;
  /** Folder the site is built into and served from (default `_site`). */
  output?: string;
  /** Folder of the editable data files (default `data`). */
  data?: string;
  /** Folders whose changes start a rebuild (default: articles, templates, public, src/browser and data). */
  watch?: readonly string[];
  /** Port (default 8080; 0 picks a free one). */
  port?: number;
  /** Address to listen on (default 127.0.0.1, this machine only). */
  host?: string;
  /** Quiet time after the last change before a rebuild starts (default 300 ms). */
  debounceMs?: number;
  /** Where progress lines go (default stdout). */
  log?: (line: string) => void;
  /** Where errors go (default stderr). */
  logError?: (line: string) => void;
  /** Called after every build. */
  onBuild?: (outcome: BuildOutcome) => void;
}

/** What one build of the preview did. */
export interface BuildOutcome {
  /** What started it: `start` or the changed file. */
  reason: string;
  /** True when the new site replaced the old one. */
  ok: boolean;
  /** The errors, as `path:line: what — how` lines. */
  errors: string[];
  /** Articles in the site built (0 when it failed). */
  articles: number;
}

/** A running preview. */
export interface Preview {
  /** The address to open, e.g. `http://127.0.0.1:8080/`. */
  url: string;
  /** The port it listens on (the one chosen when 0 was asked for). */
  port: number;
  /** The address it listens on. */
  host: string;
  /** Stops watching, waits for a running build, and closes the server and its connections. */
  close(): Promise<void>;
}

/** Starts the preview; rejects with a ListenError when it cannot listen (nothing is built then). */
export async function startPreview(options: PreviewOptions = {}): Promise<Preview> {
  const articles = options.articles ?? "articles";
  const output = resolve(options.output ?? "_site");
  const data = options.data ?? SITE_DATA_DIR;
  const host = options.host ?? "127.0.0.1";
  const log = options.log ?? ((line: string): void => console.log(line));
  const logError = options.logError ?? ((line: string): void => console.error(line));
  const live = new LiveServer(output, host, log);
  // Listening comes first, so a port in use is reported at once, not after a build.
  const port = await live.listen(options.port ?? 8080).catch(async (e: unknown) => {
    await live.close();
    throw e;
  });

  const build = async (reason: string): Promise<void> => {
    const started = performance.now();
    const outcome: BuildOutcome = { reason, ok: false, errors: [], articles: 0 };
    try {
      const result = await buildArchiveSite({ articles, output, data });
      outcome.ok = result.ok;
      outcome.articles = result.site?.articles.length ?? 0;
      outcome.errors = result.diagnostics
        .filter((d) => d.severity === "error")
        .map(formatDiagnostic);
    } catch (e) {
      outcome.errors = [
        `the build failed: ${(e as Error).message} — fix the cause and save again; the previous site is still served`,
      ];
    }
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    if (outcome.ok) {
      log(`${reason}: built ${outcome.articles} articles in ${seconds}s; open pages reload.`);
      live.reloadPages();
    } else {
      for (const line of outcome.errors) logError(line);
      logError(
        `${reason}: ${outcome.errors.length} error(s); still serving the previous site (open pages show the errors).`,
      );
      live.showBuildErrors(outcome.errors);
    }
    try {
      options.onBuild?.(outcome);
    } catch (e) {
      logError(`onBuild failed: ${(e as Error).message}`); // a listener's bug must not stop rebuilds
    }
  };

  const queue = new RebuildQueue(build, options.debounceMs);
  const first = queue.runNow("start");
  live.holdRequestsUntil(first);
  await first;

  const watched = options.watch ?? [articles, "templates", "public", "src/browser", data];
  const stopWatching = watchFolders(watched, (path) => queue.request(`${path} changed`), logError);
  const shown = host === "0.0.0.0" || host === "::" ? "localhost" : host;
  const url = `http://${shown.includes(":") ? `[${shown}]` : shown}:${port}/`;
  if (!isLoopback(host))
    log(
      `Listening on ${host === "0.0.0.0" || host === "::" ? "every network interface" : host} (HOST=${host}): other machines on the network can open this site.`,
    );
  log(
    `Serving ${shownPath(output)}/ on ${url} — rebuilding on changes in ${watched.join(", ")}; open pages reload after each build (Ctrl+C to stop).`,
  );

  let closing: Promise<void> | null = null;
  return {
    url,
    port,
    host,
    close: () =>
      (closing ??= (async (): Promise<void> => {
        stopWatching();
        await queue.close();
        await live.close();
        // The build keeps Pagefind's indexing process for the next rebuild; it ends with us.
        await closePagefind();
      })()),
  };
}

/** A folder as the editor would write it: relative when inside the working directory. */
function shownPath(folder: string): string {
  const rel = relative(process.cwd(), folder);
  return rel === "" ? "." : rel.startsWith("..") ? folder : rel;
}

const isLoopback = (host: string): boolean =>
  host === "localhost" || host === "::1" || host.startsWith("127.");
