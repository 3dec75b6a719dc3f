import assert from "node:assert/strict";
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { pathToFileURL } from "node:url";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import type { Browser } from "playwright-core";
import { serveStatic } from "../../src/serve/static-server.ts";
import {
  browserMissing,
  collectErrors,
  launch,
  seriousA11yViolations,
} from "../helpers/browser.ts";
import { SEED_ARCHIVE, buildInto, listFiles } from "../helpers/built-site.ts";

const skip = browserMissing();
let browser: Browser;
let server: Server;
let base = "";
let dir = "";
let article = "";

before(async () => {
  if (skip) return;
  dir = (await buildInto(SEED_ARCHIVE)).dir;
  article = listFiles(dir).find(
    (p) => p.startsWith("articles/russian-cuban-top") && !p.includes(".source."),
  )!;
  server = await serveStatic(dir, 0);
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  browser = await launch();
});
after(async () => {
  await browser?.close();
  server?.close();
});

const PAGES = () => [
  "index.html",
  article,
  article.replace(".html", ".source.html"),
  "topics/sanctions-and-embargo.html",
  "people/sergey-lavrov.html",
  "sources/index.html",
  "timeline.html",
  "search.html",
  "404.html",
];

describe("the site in a browser", { skip }, () => {
  for (const scheme of ["light", "dark"] as const) {
    it(`has no serious or critical accessibility violations (${scheme})`, async () => {
      const page = await browser.newPage({ colorScheme: scheme });
      const found: string[] = [];
      for (const p of PAGES()) {
        await page.goto(base + p);
        found.push(...(await seriousA11yViolations(page)).map((v) => `${p}: ${v}`));
      }
      await page.close();
      assert.deepEqual(found, []);
    });
  }
  it("loads every page without script errors", async () => {
    const page = await browser.newPage();
    const errors = collectErrors(page);
    for (const p of PAGES()) await page.goto(base + p);
    await page.close();
    assert.deepEqual(errors, []);
  });
  it("fits a phone's width without scrolling sideways", async () => {
    const page = await browser.newPage({ viewport: { width: 360, height: 740 } });
    const wide: string[] = [];
    for (const p of PAGES()) {
      await page.goto(base + p);
      const [scroll, width] = await page.evaluate(() => [
        document.documentElement.scrollWidth,
        window.innerWidth,
      ]);
      if (scroll! > width!) wide.push(`${p}: ${scroll}px`);
    }
    await page.close();
    assert.deepEqual(wide, []);
  });
  it("remembers the reader's theme across pages", async () => {
    const page = await browser.newPage({ colorScheme: "light" });
    await page.goto(base + "index.html");
    await page.click("#theme-toggle");
    await page.goto(base + article);
    assert.equal(await page.evaluate(() => document.documentElement.dataset.theme), "dark");
    assert.equal(await page.getAttribute("#theme-toggle", "aria-pressed"), "true");
    await page.close();
  });
  it("browses from disk (file://): navigation, article, sentence links", async () => {
    const page = await browser.newPage();
    const errors = collectErrors(page);
    await page.goto(pathToFileURL(join(dir, "index.html")).href);
    await page.click("nav >> text=Timeline");
    assert.match(page.url(), /timeline\.html$/);
    await page.click('a[href="events/1950s.html"]');
    assert.match(page.url(), /events\/1950s\.html$/);
    await page.click('a[href*="russian-cuban-top"][href*="#p5s"]');
    assert.match(page.url(), /^file:.*articles\/russian-cuban-top.*\.html#p5s\d$/);
    assert.match((await page.textContent("h1")) ?? "", /Russian, Cuban top diplomats/);
    await page.click("text=See the original file");
    assert.match((await page.textContent("h1")) ?? "", /Original file/);
    await page.click("#theme-toggle");
    assert.deepEqual(errors, []);
    await page.close();
  });
  it("reads without JavaScript", async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(base + article);
    assert.ok((await page.locator(".article-body p").count()) >= 5);
    assert.equal(await page.isVisible("#theme-toggle"), false);
    await context.close();
  });
});
