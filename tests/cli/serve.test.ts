/**
 * `npm start`'s preview server, started for real on a free port against a project folder of its
 * own (two seed articles copied to a temporary folder): hostile requests, the address it binds,
 * a port in use, a failed rebuild, and — in headless Chromium — live reload and the build-error
 * overlay. Every wait is for an event (a build finishing, a page loading), with generous limits.
 */
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";

import { request } from "node:http";
import { networkInterfaces, tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import type { Browser } from "playwright-core";
import { startPreview, type BuildOutcome, type Preview } from "../../src/serve/preview-server.ts";
import { browserMissing, launch } from "../helpers/browser.ts";
import { rawRequest, type Answer } from "../helpers/raw-request.ts";

const SEEDS = "tests/fixtures/seeds";
const LONG = { timeout: 180_000 };

/** A response as received, with the request target sent byte for byte (no URL normalisation). */
const get = (port: number, path: string, method = "GET", host = "127.0.0.1"): Promise<Answer> =>
  rawRequest(port, path, method, host);

/** An article file with a date, so it is the newest on the home page. */
const article = (headline: string): string =>
  `---\ndate: 2026-01-15\n---\n${headline}\n\nMoscow and Havana signed a new agreement on shipping and fuel supplies on Thursday, officials said.\n\nThe deal covers the next five years and was welcomed by both foreign ministries.\n`;
const BAD =
  "---\ndate: 2024-02-30\n---\nA headline for the story\n\nSome text long enough to be a paragraph.\n";

let project = "";
let articles = "";
let preview: Preview;
const outcomes: BuildOutcome[] = [];
const logged: string[] = [];
let notify: () => void = () => {};

/**
 * The first build from the `from`-th on that succeeded (or failed, with `ok` false). A burst of
 * file events under load can make two builds of one change; waiting for the outcome, not for the
 * next build, keeps the tests true either way.
 */
async function buildFrom(from: number, ok: boolean): Promise<BuildOutcome> {
  for (let i = from; ; i++) {
    while (outcomes.length <= i) await new Promise<void>((resolve) => (notify = resolve));
    if (outcomes[i]!.ok === ok) return outcomes[i]!;
  }
}

before(async () => {
  project = mkdtempSync(join(tmpdir(), "preview-"));
  articles = join(project, "articles");
  mkdirSync(articles);
  for (const name of ["seed-000_0406393590765c1f.txt", "seed-001_7dd67700553df0d4.txt"])
    copyFileSync(join(SEEDS, name), join(articles, name));
  // Outside the site: a secret, a sibling folder whose name starts like the site's, and a
  // symlink from the site to the secret (added after the first build, which replaces _site).
  writeFileSync(join(project, "secret.txt"), "TOP SECRET");
  mkdirSync(join(project, "_site-private"));
  writeFileSync(join(project, "_site-private", "secret.txt"), "TOP SECRET");
  preview = await startPreview({
    articles,
    output: join(project, "_site"),
    port: 0,
    watch: [articles],
    debounceMs: 200,
    log: (line) => logged.push(line),
    logError: (line) => logged.push(line),
    onBuild: (outcome) => {
      outcomes.push(outcome);
      notify();
    },
  });
  symlinkSync(join(project, "secret.txt"), join(project, "_site", "leak.txt"));
});
after(async () => {
  await preview?.close();
  rmSync(project, { recursive: true, force: true });
});

describe("npm start (the preview server)", () => {
  it("built the site before serving and listens on 127.0.0.1 only", async () => {
    assert.equal(outcomes[0]?.ok, true, logged.join("\n"));
    assert.equal(preview.host, "127.0.0.1");
    assert.match(preview.url, /^http:\/\/127\.0\.0\.1:\d+\/$/);
    assert.ok(logged.some((l) => l.startsWith("Serving ") && l.includes(preview.url)));
    const home = await get(preview.port, "/");
    assert.equal(home.status, 200);
    assert.match(home.body, /Russia and Cuba to strengthen strategic ties/);
    const other = Object.values(networkInterfaces())
      .flat()
      .find((a) => a && a.family === "IPv4" && !a.internal);
    if (other) await assert.rejects(get(preview.port, "/", "GET", other.address), /ECONNREFUSED/);
  });

  it("answers bad percent-encoding with 400 and keeps serving", async () => {
    for (const path of ["/%E0%A4%A", "/%", "/articles/%ZZ.html"]) {
      const r = await get(preview.port, path);
      assert.equal(r.status, 400, path);
      assert.equal(r.headers["x-content-type-options"], "nosniff");
    }
    assert.equal((await get(preview.port, "/")).status, 200);
  });

  it("refuses paths and symlinks leading out of the site folder", async () => {
    for (const path of [
      "/..%2fsecret.txt",
      "/..%2f_site-private%2fsecret.txt",
      "/..%2f..%2f..%2f..%2fetc%2fpasswd",
      "/..%5csecret.txt",
      "/%2e%2e/%2e%2e/secret.txt",
      "/../secret.txt",
      "/leak.txt",
      "//etc/passwd",
    ]) {
      const r = await get(preview.port, path);
      assert.ok([403, 404].includes(r.status), `${path}: ${r.status}`);
      assert.doesNotMatch(r.body, /TOP SECRET|root:/, path);
    }
    assert.equal((await get(preview.port, "/leak.txt")).status, 403);
    assert.equal((await get(preview.port, "/%00")).status, 400);
    assert.equal((await get(preview.port, `/${"a".repeat(6000)}`)).status, 414);
    assert.equal((await get(preview.port, "/")).status, 200);
  });

  it("answers HEAD, refuses other methods, and sends nosniff on every response", async () => {
    const head = await get(preview.port, "/", "HEAD");
    const page = await get(preview.port, "/");
    assert.equal(head.status, 200);
    assert.equal(head.body, "");
    assert.equal(head.headers["content-length"], String(Buffer.byteLength(page.body)));
    assert.equal((await get(preview.port, "/", "POST")).status, 405);
    for (const [path, status] of [
      ["/", 200],
      ["/style.css", 200],
      ["/no-such-page.html", 404],
      ["/.11ty/reload-client.js", 200],
      ["/.11ty/build-status.json", 200],
      ["/..%2fsecret.txt", 403],
    ] as const) {
      const r = await get(preview.port, path);
      assert.equal(r.status, status, path);
      assert.equal(r.headers["x-content-type-options"], "nosniff", path);
    }
  });

  it("lets only its own pages open the reload socket (it carries build errors)", async () => {
    const upgrade = (origin: string): Promise<number> =>
      new Promise((resolve, reject) => {
        const req = request({
          host: "127.0.0.1",
          port: preview.port,
          path: "/",
          agent: false,
          headers: {
            origin,
            connection: "Upgrade",
            upgrade: "websocket",
            "sec-websocket-version": "13",
            "sec-websocket-key": "dGhlIHNhbXBsZSBub25jZQ==",
          },
        });
        req.on("response", (res) => {
          res.resume();
          resolve(res.statusCode ?? 0);
        });
        req.on("upgrade", (_res, socket) => {
          socket.destroy();
          resolve(101);
        });
        req.on("error", reject);
        req.end();
      });
    assert.equal(await upgrade("http://evil.example"), 403);
    assert.equal(await upgrade(preview.url.slice(0, -1)), 101);
  });

  it("says in one line which port is in use and how to fix it, and exits 1", LONG, async () => {
    const child = spawn(
      process.execPath,
      [
        "--import",
        "tsx",
        "src/cli/serve.ts",
        "--articles",
        articles,
        "--output",
        join(project, "cli-site"),
      ],
      { env: { ...process.env, PORT: String(preview.port), HOST: "" } },
    );
    let stderr = "";
    child.stderr.on("data", (c: Buffer) => (stderr += c.toString()));
    // Never left running: if it served after all, it is stopped and the test fails below.
    const timer = setTimeout(() => child.kill(), 120_000);
    const code = await new Promise<number | null>((resolve) => child.on("exit", resolve));
    clearTimeout(timer);
    assert.equal(code, 1, stderr);
    const lines = stderr.trim().split("\n");
    assert.equal(lines.length, 1, stderr);
    assert.match(
      lines[0]!,
      new RegExp(`^port ${preview.port} .*in use.* — .*PORT=\\d+ npm start$`),
    );
  });

  it("keeps serving the last good site when a rebuild fails, and reports why", LONG, async () => {
    const seen = outcomes.length;
    writeFileSync(join(articles, "bad.txt"), BAD);
    const failed = await buildFrom(seen, false);
    assert.match(failed.errors.join("\n"), /bad\.txt:2: .*2024-02-30.* — /);
    assert.ok(logged.some((l) => /bad\.txt:2: /.test(l)));
    assert.ok(logged.some((l) => /still serving the previous site/.test(l)));
    const home = await get(preview.port, "/");
    assert.equal(home.status, 200);
    assert.match(home.body, /Russia and Cuba to strengthen strategic ties/);
    const status = JSON.parse((await get(preview.port, "/.11ty/build-status.json")).body);
    assert.match(status.errors.join("\n"), /bad\.txt:2: /);
    rmSync(join(articles, "bad.txt"));
    await buildFrom(seen, true);
    assert.deepEqual(JSON.parse((await get(preview.port, "/.11ty/build-status.json")).body), {
      errors: [],
    });
  });

  it("binds to every interface only when HOST=0.0.0.0 asks, and says so", LONG, async () => {
    const lines: string[] = [];
    const open = await startPreview({
      articles,
      output: join(project, "open-site"),
      port: 0,
      host: "0.0.0.0",
      watch: [],
      log: (line) => lines.push(line),
      logError: (line) => lines.push(line),
    });
    try {
      assert.ok(lines.some((l) => /every network interface \(HOST=0\.0\.0\.0\)/.test(l)));
      assert.equal((await get(open.port, "/")).status, 200);
    } finally {
      await open.close();
    }
  });
});

const skip = browserMissing();
describe("npm start in a browser", { skip }, () => {
  let browser: Browser;
  before(async () => {
    browser = await launch();
  });
  after(async () => {
    await browser?.close();
  });

  it("reloads an open page when an article is added", LONG, async () => {
    const page = await browser.newPage();
    try {
      await page.goto(preview.url);
      // A marker that a reload clears; waiting for the load event, not for a time.
      await page.evaluate(() => ((window as unknown as { marker: number }).marker = 1));
      const seen = outcomes.length;
      const reloaded = page.waitForEvent("load", { timeout: 150_000 });
      writeFileSync(join(articles, "new.txt"), article("Havana and Moscow sign a shipping accord"));
      await buildFrom(seen, true);
      await reloaded;
      assert.equal(
        await page.evaluate(() => (window as unknown as { marker?: number }).marker),
        undefined,
      );
      assert.match(
        (await page.textContent("main")) ?? "",
        /Havana and Moscow sign a shipping accord/,
      );
    } finally {
      await page.close();
    }
  });

  it(
    "shows a failed rebuild's errors over the open page, and clears them when fixed",
    LONG,
    async () => {
      const page = await browser.newPage();
      const refused: string[] = [];
      page.on("console", (m) => {
        if (/Content.Security.Policy|Refused to/i.test(m.text())) refused.push(m.text());
      });
      try {
        await page.goto(preview.url);
        const seen = outcomes.length;
        writeFileSync(join(articles, "bad.txt"), BAD);
        await buildFrom(seen, false);
        const overlay = page.locator("[data-build-errors]");
        await overlay.waitFor({ timeout: 60_000 });
        assert.match((await overlay.textContent()) ?? "", /rebuild failed[\s\S]*bad\.txt:2: /);
        // The previous site is still shown under it.
        assert.match(
          (await page.textContent("main")) ?? "",
          /Havana and Moscow sign a shipping accord/,
        );
        // A page opened now shows the errors too.
        const later = await browser.newPage();
        await later.goto(`${preview.url}timeline.html`);
        await later.locator("[data-build-errors]").waitFor({ timeout: 60_000 });
        await later.close();

        const reloaded = page.waitForEvent("load", { timeout: 150_000 });
        rmSync(join(articles, "bad.txt"));
        await buildFrom(seen, true);
        await reloaded;
        assert.equal(await page.locator("[data-build-errors]").count(), 0);
        assert.deepEqual(refused, []);
      } finally {
        await page.close();
      }
    },
  );
});
