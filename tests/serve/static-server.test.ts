/**
 * The small static server the browser tests and the search benchmark use: hostile requests get a
 * 4xx and never end the process, nothing outside the folder is served, HEAD works, every response
 * says nosniff, and a folder swapped in by rename (as a build does) is served without a crash.
 */
import assert from "node:assert/strict";
import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  renameSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import { serveStatic } from "../../src/serve/static-server.ts";
import { rawRequest, type Answer } from "../helpers/raw-request.ts";

let port = 0;
/** Sends `path` byte for byte to the server under test. */
const get = (path: string, method = "GET"): Promise<Answer> => rawRequest(port, path, method);

let dir = "";
let site = "";
let server: Server;
before(async () => {
  dir = mkdtempSync(join(tmpdir(), "static-"));
  site = join(dir, "_site");
  mkdirSync(join(site, "articles"), { recursive: true });
  writeFileSync(join(site, "index.html"), "<!doctype html><title>home</title>HOME");
  writeFileSync(join(site, "404.html"), "<!doctype html><title>404</title>NOT HERE");
  writeFileSync(join(site, "style.css"), "body{}");
  writeFileSync(join(site, "articles", "index.html"), "ARTICLES");
  writeFileSync(join(dir, "secret.txt"), "TOP SECRET");
  mkdirSync(join(dir, "_site-private"));
  writeFileSync(join(dir, "_site-private", "secret.txt"), "TOP SECRET");
  symlinkSync(join(dir, "secret.txt"), join(site, "leak.txt"));
  symlinkSync(dir, join(site, "up"));
  server = await serveStatic(site, 0);
  port = (server.address() as AddressInfo).port;
});
after(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
  rmSync(dir, { recursive: true, force: true });
});

describe("serveStatic", () => {
  it("listens on 127.0.0.1 and serves files, folders as index.html, and 404.html", async () => {
    assert.equal((server.address() as AddressInfo).address, "127.0.0.1");
    assert.equal((await get("/")).body, "<!doctype html><title>home</title>HOME");
    assert.equal((await get("/articles/")).body, "ARTICLES");
    assert.equal((await get("/style.css")).headers["content-type"], "text/css; charset=utf-8");
    const missing = await get("/nope.html");
    assert.equal(missing.status, 404);
    assert.match(missing.body, /NOT HERE/);
  });

  it("answers bad percent-encoding, NUL bytes and long URLs with 4xx, and keeps serving", async () => {
    for (const [path, status] of [
      ["/%E0%A4%A", 400],
      ["/%", 400],
      ["/%00", 400],
      [`/${"a".repeat(6000)}`, 414],
    ] as const)
      assert.equal((await get(path)).status, status, path.slice(0, 20));
    assert.equal((await get("/")).status, 200);
  });

  it("serves nothing outside the folder: traversal, encoded dots and slashes, symlinks", async () => {
    for (const path of [
      "/../secret.txt",
      "/%2e%2e/secret.txt",
      "/..%2fsecret.txt",
      "/..%2f_site-private%2fsecret.txt",
      "/..%5csecret.txt",
      "/leak.txt",
      "/up/secret.txt",
      "//etc/passwd",
    ]) {
      const r = await get(path);
      assert.ok([403, 404].includes(r.status), `${path}: ${r.status}`);
      assert.doesNotMatch(r.body, /TOP SECRET|root:/, path);
    }
    assert.equal((await get("/leak.txt")).status, 403);
  });

  it("answers HEAD without a body, refuses other methods, and always sends nosniff", async () => {
    const head = await get("/", "HEAD");
    assert.equal(head.status, 200);
    assert.equal(head.body, "");
    assert.equal(
      head.headers["content-length"],
      String("<!doctype html><title>home</title>HOME".length),
    );
    const post = await get("/", "POST");
    assert.equal(post.status, 405);
    assert.equal(post.headers.allow, "GET, HEAD");
    for (const path of ["/", "/nope", "/%E0%A4%A", "/leak.txt", "/style.css"])
      assert.equal((await get(path)).headers["x-content-type-options"], "nosniff", path);
  });

  it("survives requests while the folder is swapped by rename, as a build does", async () => {
    const other = join(dir, "_site-next");
    cpSync(site, other, { recursive: true, verbatimSymlinks: true });
    let swapping = true;
    const swaps = (async (): Promise<number> => {
      let n = 0;
      while (swapping) {
        renameSync(site, `${site}-old`);
        renameSync(other, site);
        renameSync(`${site}-old`, other);
        n++;
        await new Promise((resolve) => setImmediate(resolve));
      }
      return n;
    })();
    const statuses = new Set<number>();
    for (let round = 0; round < 40; round++) {
      const answers = await Promise.all(["/", "/style.css", "/articles/"].map((p) => get(p)));
      for (const a of answers) statuses.add(a.status);
    }
    swapping = false;
    assert.ok((await swaps) > 0);
    // 200, or 503 in the instant between the two renames; never a crash or a hang.
    assert.deepEqual(
      [...statuses].filter((s) => s !== 200 && s !== 503),
      [],
    );
    assert.equal((await get("/")).status, 200);
  });
});
