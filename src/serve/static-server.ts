/**
 * A small static file server for a built site, without live reload (the browser tests and the
 * search benchmark serve a finished folder on port 0; `npm start` uses preview-server.ts). `/`
 * and folders are served as `index.html`, unknown paths as `404.html` with status 404. Requests
 * are checked by request-guard.ts: GET and HEAD only, bad encoding is a 400, and no path or
 * symlink leads out of the folder. Every response carries `nosniff`; a file removed while it is
 * being opened or sent ends that response, never the process.
 */
import { open, stat, type FileHandle } from "node:fs/promises";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { extname, join, resolve } from "node:path";
import { checkRequest, folderPresent, realPlace, refuse } from "./request-guard.ts";

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

/** Serves `root` on `port` (0 picks a free one) on `host` (loopback by default); resolves when listening. */
export async function serveStatic(root: string, port: number, host = "127.0.0.1"): Promise<Server> {
  const base = resolve(root);
  const server = createServer((req, res) => {
    handle(base, req, res).catch(() => {
      if (!res.headersSent) refuse(res, { status: 500, message: "The file could not be read." });
      else res.destroy();
    });
  });
  await new Promise<void>((ok, fail) => {
    server.once("error", fail);
    server.listen(port, host, () => {
      server.off("error", fail);
      ok();
    });
  });
  return server;
}

async function handle(base: string, req: IncomingMessage, res: ServerResponse): Promise<void> {
  res.setHeader("x-content-type-options", "nosniff");
  const check = checkRequest(req.method, req.url);
  if (!check.ok) return refuse(res, check);
  // A build swaps a new folder in by two renames. A lookup counts only if the folder was the same
  // one, unmoved, before and after it; otherwise it is done again in the new folder.
  for (let attempt = 0; attempt < 5; attempt++) {
    if (!(await folderPresent(base))) break;
    const folder = await folderIdentity(base);
    const found = await lookup(base, join(base, check.path));
    if (found === "outside")
      return refuse(res, { status: 403, message: "Paths outside the site folder are not served." });
    if (folder !== null && folder === (await folderIdentity(base))) {
      if (found) return send(req, res, found.status, found.handle, found.path);
      return refuse(res, { status: 404, message: "Not found." });
    }
    await found?.handle.close();
  }
  refuse(res, {
    status: 503,
    message: "The site folder is missing.",
    headers: { "retry-after": "1" },
  });
}

/** Identifies one folder at one place: renaming a folder changes its ctime, even if it comes back. */
const folderIdentity = (path: string): Promise<string | null> =>
  stat(path, { bigint: true }).then(
    (info) => `${info.ino}:${info.ctimeNs}`,
    () => null,
  );

/** The file for `path` (itself, its index.html, or 404.html), or "outside" for a symlink out. */
async function lookup(
  base: string,
  path: string,
): Promise<{ status: number; handle: FileHandle; path: string } | "outside" | null> {
  const place = await realPlace(base, path);
  if (place === "outside") return "outside";
  const file =
    place === "inside"
      ? ((await openFile(base, path)) ?? (await openFile(base, join(path, "index.html"))))
      : null;
  if (file) return { status: 200, ...file };
  const notFound = await openFile(base, join(base, "404.html"));
  return notFound && { status: 404, ...notFound };
}

/** Opens a regular file whose real path is inside `base`; null when there is none. */
async function openFile(
  base: string,
  path: string,
): Promise<{ handle: FileHandle; path: string } | null> {
  if ((await realPlace(base, path)) !== "inside") return null;
  const handle = await open(path, "r").catch(() => null);
  if (!handle) return null;
  // Checked on the open handle, so what is sent is what was checked even if the folder is swapped.
  const info = await handle.stat().catch(() => null);
  if (info?.isFile()) return { handle, path };
  await handle.close();
  return null;
}

async function send(
  req: IncomingMessage,
  res: ServerResponse,
  status: number,
  handle: FileHandle,
  path: string,
): Promise<void> {
  const size = await handle.stat().then(
    (info) => info.size,
    async (e: unknown) => {
      await handle.close();
      throw e;
    },
  );
  res.writeHead(status, {
    "content-type": contentType(path),
    "content-length": size,
    "cache-control": "no-cache",
  });
  if (req.method === "HEAD") {
    res.end();
    await handle.close();
    return;
  }
  const stream = handle.createReadStream({ autoClose: true });
  stream.on("error", () => res.destroy());
  res.on("close", () => stream.destroy());
  stream.pipe(res);
}
