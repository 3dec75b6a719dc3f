/**
 * A small static file server for the built site: serves `_site/` on loopback, `/` and folders as
 * `index.html`, unknown paths as `404.html` with status 404. Paths never leave the site folder.
 */
import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import { createServer, type Server } from "node:http";
import { extname, join, normalize, resolve, sep } from "node:path";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".xml": "application/xml; charset=utf-8",
  ".svg": "image/svg+xml",
  ".wasm": "application/wasm",
  ".png": "image/png",
  ".txt": "text/plain; charset=utf-8",
};

/** Content type of a file by its ending (Pagefind's index files are binary). */
export const contentType = (path: string): string =>
  TYPES[extname(path)] ?? "application/octet-stream";

/** Serves `root` on `port` (0 picks a free one); resolves when listening. */
export async function serveStatic(root: string, port: number, host = "127.0.0.1"): Promise<Server> {
  const base = resolve(root);
  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? "/", "http://localhost");
    let path = normalize(join(base, decodeURIComponent(url.pathname)));
    if (path !== base && !path.startsWith(base + sep)) {
      res.writeHead(403).end("Forbidden");
      return;
    }
    const info = await stat(path).catch(() => null);
    if (info?.isDirectory()) path = join(path, "index.html");
    const file = await stat(path).catch(() => null);
    if (!file?.isFile()) {
      res.writeHead(404, { "content-type": TYPES[".html"]! });
      createReadStream(join(base, "404.html"))
        .on("error", () => res.end("Not found"))
        .pipe(res);
      return;
    }
    res.writeHead(200, {
      "content-type": contentType(path),
      "content-length": file.size,
      "cache-control": "no-cache",
    });
    createReadStream(path).pipe(res);
  });
  await new Promise<void>((ok, fail) => {
    server.once("error", fail);
    server.listen(port, host, ok);
  });
  return server;
}
