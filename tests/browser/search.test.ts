import assert from "node:assert/strict";
import { mkdtempSync, writeFileSync } from "node:fs";
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { after, before, describe, it } from "node:test";
import type { Browser, Page } from "playwright-core";
import { serveStatic } from "../../src/serve/static-server.ts";
import { searchSite } from "../../src/search/terminal-search.ts";
import {
  browserMissing,
  collectErrors,
  launch,
  seriousA11yViolations,
} from "../helpers/browser.ts";
import { SEED_ARCHIVE, buildInto } from "../helpers/built-site.ts";

const skip = browserMissing();
let browser: Browser;
let server: Server;
let dir = "";
let http = "";
let disk = "";

before(async () => {
  if (skip) return;
  dir = (await buildInto(SEED_ARCHIVE)).dir;
  server = await serveStatic(dir, 0);
  http = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  disk = pathToFileURL(dir).href + "/";
  browser = await launch();
});
after(async () => {
  await browser?.close();
  server?.close();
});

/** Opens search.html with a query in the address and returns the result links once shown. */
async function results(page: Page, base: string, query: string): Promise<string[]> {
  await page.goto(`${base}search.html?${query}`);
  await page.waitForFunction(() =>
    /match/.test(document.getElementById("search-status")?.textContent ?? ""),
  );
  return page.$$eval("#search-results a", (links) =>
    links.map((a) => a.getAttribute("href") ?? ""),
  );
}
const short = (links: string[]): string[] =>
  links.map((l) => l.replace(/^articles\/(.{12}).*$/, "$1")).sort();

describe("search in a browser", { skip }, () => {
  for (const [where, base] of [
    ["over HTTP (Pagefind)", () => http],
    ["from disk (fallback index)", () => disk],
  ] as const) {
    describe(where, () => {
      it("finds exactly 000, 001 and 004 for 'blockade', and links to the paragraph", async () => {
        const page = await browser.newPage();
        const errors = collectErrors(page);
        const links = await results(page, base(), "q=blockade");
        assert.deepEqual(short(links), ["moscow-and-h", "russia-and-c", "russian-cuba"]);
        for (const l of links) assert.match(l, /#p\d+$/);
        assert.match(
          (await page.textContent("#search-engine")) ?? "",
          base() === http ? /Pagefind/ : /built-in index/,
        );
        assert.equal((await page.locator("#search-results mark").count()) >= 3, true);
        assert.deepEqual(errors, []);
        await page.close();
      });
      it("finds only 003 for 'Shoigu', nothing for a nonsense word", async () => {
        const page = await browser.newPage();
        assert.deepEqual(short(await results(page, base(), "q=Shoigu")), ["russia-prais"]);
        assert.deepEqual(await results(page, base(), "q=qzxwvutsr"), []);
        assert.match((await page.textContent("#search-status")) ?? "", /No articles match/);
        await page.close();
      });
      it("narrows with a source filter checkbox, and keeps it in the address", async () => {
        const page = await browser.newPage();
        assert.equal((await results(page, base(), "q=Lavrov")).length, 3);
        await page.check('#search-filters input[name="source"][value="TASS"]');
        await page.waitForFunction(() =>
          /^1 article/.test(document.getElementById("search-status")?.textContent ?? ""),
        );
        assert.deepEqual(
          short(
            await page.$$eval("#search-results a", (a) =>
              a.map((x) => x.getAttribute("href") ?? ""),
            ),
          ),
          ["russian-cuba"],
        );
        assert.match(page.url(), /[?&]source=TASS/);
        await page.close();
      });
      it("opens the matched paragraph", async () => {
        const page = await browser.newPage();
        await results(page, base(), "q=Shoigu");
        await page.click("#search-results a");
        assert.match(page.url(), /russia-praises-cuba.*\.html#p1$/);
        assert.match((await page.textContent("#p1")) ?? "", /Shoigu/);
        await page.close();
      });
    });
  }
  it("gives the same article sets online, from disk and in the terminal", async () => {
    const page = await browser.newPage();
    for (const q of ["blockade", "Lavrov", "Havana port", "embargo", "Raul"]) {
      const online = short(await results(page, http, `q=${encodeURIComponent(q)}`));
      const offline = short(await results(page, disk, `q=${encodeURIComponent(q)}`));
      const terminal = short((await searchSite(dir, q, {})).results.map((r) => r.path));
      assert.deepEqual(offline, online, q);
      assert.deepEqual(terminal, online, q);
    }
    await page.close();
  });
  it("has no serious accessibility violations with results and filters shown", async () => {
    for (const scheme of ["light", "dark"] as const) {
      const page = await browser.newPage({ colorScheme: scheme });
      await results(page, http, "q=Lavrov");
      assert.deepEqual(await seriousA11yViolations(page), [], scheme);
      await page.close();
    }
  });
  it("says what to do without JavaScript", async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${http}search.html?q=blockade`);
    assert.match((await page.textContent("noscript")) ?? "", /Search needs JavaScript/);
    await context.close();
  });
  it("shows hostile article text in results as text", async () => {
    const articles = mkdtempSync(join(tmpdir(), "hostile-search-"));
    writeFileSync(
      join(articles, "a.txt"),
      "A headline about zanzibarian things\n\nThe zanzibarian minister said <img src=x onerror=window.__pwned=1> and <script>window.__pwned=2</script> were shown as text.",
    );
    const hostile = (await buildInto(articles)).dir;
    const s = await serveStatic(hostile, 0);
    const page = await browser.newPage();
    for (const base of [
      `http://127.0.0.1:${(s.address() as AddressInfo).port}/`,
      pathToFileURL(hostile).href + "/",
    ]) {
      await results(page, base, "q=zanzibarian");
      assert.match(
        (await page.textContent("#search-results")) ?? "",
        /<img src=x onerror=window.__pwned=1>/,
      );
      assert.equal(
        await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned),
        undefined,
      );
      assert.equal(await page.locator("#search-results img, #search-results script").count(), 0);
    }
    await page.close();
    s.close();
  });
});
