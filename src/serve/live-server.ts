/**
 * Eleventy's dev server (`@11ty/eleventy-dev-server`) made safe for the preview: it listens on the
 * host it is given (it would take every interface), fails with a ListenError when the port is
 * taken (it would move to the next port, then throw from an event handler), puts a guard in front
 * of its request handler (it ends the process on bad percent-encoding or an encoded `..`, and
 * follows symlinks out of the folder), sends `nosniff` on every response, and shows the last
 * build's errors over every open page (it only logs them in the browser console).
 */
import EleventyDevServer from "@11ty/eleventy-dev-server";
import { readFileSync } from "node:fs";
import type { IncomingMessage, ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import type { Duplex } from "node:stream";
import { listenError } from "./listen-error.ts";
import { checkRequest, folderPresent, realPlace, refuse, sendPlain } from "./request-guard.ts";

/** The page script that shows build errors; served beside the dev server's own reload script. */
export const ERRORS_SCRIPT_PATH = "/.11ty/build-errors.js";
/** The last build's errors as JSON: `{ "errors": ["path:line: what — how", …] }`. */
export const STATUS_PATH = "/.11ty/build-status.json";

const errorsScript = readFileSync(new URL("./preview-client.js", import.meta.url));
const errorsTag = `<script type="module" src="${ERRORS_SCRIPT_PATH}"></script>`;

/** The dev server serving `root` on `host`, with live reload and a build-error overlay. */
export class LiveServer extends EleventyDevServer {
  readonly #root: string;
  readonly #host: string;
  readonly #log: (line: string) => void;
  #errors: string[] = [];
  #gate: Promise<unknown> = Promise.resolve();

  /** Serves the folder `root` (absolute; it may be replaced by rename between requests). */
  constructor(root: string, host: string, log: (line: string) => void) {
    super("news-archive preview", root, {
      // Every build replaces the whole folder; a full reload re-runs the page's scripts (search,
      // theme), which a DOM patch would not.
      domDiff: false,
      messageOnStart: () => false,
      logger: { info: log, log, error: log },
    });
    this.#root = root;
    this.#host = host;
    this.#log = log;
  }

  /** Listens on `port` (0: a free one); resolves with the port, or rejects with a ListenError. */
  async listen(port: number): Promise<number> {
    const server = this.server;
    // The dev server's own error handler retries the next ports, then throws from the event.
    server.removeAllListeners("error");
    await new Promise<void>((resolve, reject) => {
      server.once("error", reject);
      server.listen({ port, host: this.#host }, () => {
        server.off("error", reject);
        resolve();
      });
    }).catch((e: NodeJS.ErrnoException) => {
      throw listenError(e, port, this.#host);
    });
    server.on("error", (e) => this.#log(`preview server: ${e.message}`));
    await this.ready();
    this.#sameOriginSockets();
    return (server.address() as AddressInfo).port;
  }

  /**
   * Browsers let any web page open a WebSocket to 127.0.0.1; the reload socket carries build
   * errors (file paths, article lines), so only pages served here may connect.
   */
  #sameOriginSockets(): void {
    const server = this.server;
    const upgrade = server.listeners("upgrade") as ((...args: unknown[]) => void)[];
    server.removeAllListeners("upgrade");
    server.on("upgrade", (req: IncomingMessage, socket: Duplex, head: Buffer) => {
      const origin = req.headers.origin;
      if (origin !== undefined && hostOf(origin) !== req.headers.host) {
        socket.end("HTTP/1.1 403 Forbidden\r\nConnection: close\r\n\r\n");
        return;
      }
      for (const listener of upgrade) listener.call(server, req, socket, head);
    });
  }

  /** Requests wait for `promise` before being answered (the first build). */
  holdRequestsUntil(promise: Promise<unknown>): void {
    this.#gate = promise.catch(() => {});
  }

  /** A build succeeded: clears the errors and reloads every open page. */
  reloadPages(): void {
    this.#errors = [];
    // No files and no templates: the reload client then reloads the whole page.
    this.reload({ files: [] });
  }

  /** A build failed: open pages show `errors` (and log them in the console); nothing reloads. */
  showBuildErrors(errors: readonly string[]): void {
    this.#errors = [...errors];
    const error = new Error(errors.join("\n"));
    error.stack = error.message; // the server's own stack means nothing to an editor
    this.sendError({ error });
  }

  override augmentContentWithNotifier(
    content: string,
    _inline?: boolean,
    options?: object,
  ): string {
    // Always as a file, never inline: every page forbids inline scripts (its CSP), and the dev
    // server inlines the script in pages served with another status than 200, such as 404.html.
    const html = super.augmentContentWithNotifier(content, false, options);
    const at = html.indexOf("</head>");
    return at === -1 ? html + errorsTag : html.slice(0, at) + errorsTag + html.slice(at);
  }

  override async onRequestHandler(req: IncomingMessage, res: ServerResponse): Promise<void> {
    res.setHeader("x-content-type-options", "nosniff");
    const check = checkRequest(req.method, req.url);
    if (!check.ok) return refuse(res, check);
    try {
      await this.#gate;
      if (check.path === ERRORS_SCRIPT_PATH) return sendScript(res, req.method);
      if (check.path === STATUS_PATH)
        return sendPlain(res, 200, JSON.stringify({ errors: this.#errors }), {
          "content-type": "application/json",
        });
      const place = await this.#place(req.url!);
      if (place === "no-site") return this.#sendNoSite(res);
      if (place === "outside")
        return refuse(res, {
          status: 403,
          message: "Paths outside the site folder are not served.",
        });
      await super.onRequestHandler(req, res);
    } catch {
      // The file vanished between the check and the read: a rebuild swapped the site in.
      if (!res.headersSent)
        sendPlain(res, 503, "The site was being replaced by a rebuild — reload the page.", {
          "retry-after": "1",
        });
      else res.destroy();
    }
  }

  /**
   * Where the file the dev server would serve for `url` lies. A file that vanishes between the
   * mapping and the check was swapped out by a rebuild: looked up again in the new site.
   */
  async #place(url: string): Promise<"inside" | "outside" | "no-site"> {
    for (let attempt = 0; attempt < 3; attempt++) {
      if (!(await folderPresent(this.#root))) return "no-site";
      let file: string | undefined;
      try {
        file = this.mapUrlToFilePath(url).filepath;
      } catch (e) {
        // Its own check of a path that leaves the folder; anything else is a file a swap removed.
        if ((e as Error).message === "Invalid path") return "outside";
        continue;
      }
      if (file === undefined) return "inside"; // a redirect or the 404 page
      const place = await realPlace(this.#root, file);
      if (place !== "missing") return place;
    }
    return "inside"; // still changing: the dev server answers, and a read error becomes a 503
  }

  /** No site to serve (the first build failed): a page that lists the errors and reloads. */
  #sendNoSite(res: ServerResponse): void {
    const body = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>No site built yet</title>${this.augmentContentWithNotifier("")}</head><body><h1>No site built yet</h1><p>The site is built when the articles have no errors. This page reloads when a build succeeds.</p></body></html>`;
    res.writeHead(503, {
      "content-type": "text/html; charset=utf-8",
      "content-length": Buffer.byteLength(body),
      "cache-control": "no-store",
    });
    res.end(body);
  }
}

function hostOf(origin: string): string | null {
  try {
    return new URL(origin).host;
  } catch {
    return null;
  }
}

function sendScript(res: ServerResponse, method: string | undefined): void {
  res.writeHead(200, {
    "content-type": "text/javascript; charset=utf-8",
    "content-length": errorsScript.length,
    "cache-control": "no-store",
  });
  res.end(method === "HEAD" ? undefined : errorsScript);
}
