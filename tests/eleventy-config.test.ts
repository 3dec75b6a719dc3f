/**
 * `.eleventy.ts` through Eleventy's programmatic API: a render writes exactly the pages of the batch
 * it is handed, from the values in it alone (no articles folder, no cache, no global state).
 */
import assert from "node:assert/strict";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, describe, it } from "node:test";
import Eleventy from "@11ty/eleventy";
import { configureRender } from "../.eleventy.ts";
import { loadArticle } from "../src/archive/load.ts";
import { feedItems } from "../src/site/feeds.ts";
import { loadSiteInputs } from "../src/site/site-inputs.ts";
import { siteFromRecords } from "../src/site/site-from-records.ts";
import type { RenderBatch } from "../src/site/types.ts";
import { NOW, SEED_ARCHIVE } from "./helpers/built-site.ts";

const records = readdirSync(SEED_ARCHIVE)
  .sort()
  .map((f) => loadArticle(join(SEED_ARCHIVE, f), NOW).record!);
const { site, views } = siteFromRecords(records, loadSiteInputs().inputs, NOW);
const out = mkdtempSync(join(tmpdir(), "eleventy-config-"));
after(() => rmSync(out, { recursive: true, force: true }));

/** Renders `batch` into a new folder under `out`; returns the folder. */
async function render(name: string, batch: RenderBatch): Promise<string> {
  const dir = join(out, name);
  const eleventy = new Eleventy("templates", dir, {
    configPath: false,
    config: configureRender(site, batch),
    quietMode: true,
  });
  eleventy.disableLogger();
  await eleventy.write();
  return dir;
}

const empty: RenderBatch = {
  articles: [],
  sources: [],
  termPages: [],
  yearPages: [],
  eventPages: [],
  searchShards: [],
  feed: [],
  wholeSite: false,
};

describe("configureRender", () => {
  it("writes a later batch's article from the view it is given, and no whole-site page", async () => {
    const view = views[1]!;
    const marked = {
      ...view,
      record: { ...view.record, headline: "Headline handed to the render" },
    };
    const dir = await render("later", { ...empty, articles: [marked] });
    const page = readFileSync(join(dir, view.path), "utf8");
    assert.match(page, /Headline handed to the render/);
    assert.equal(existsSync(join(dir, "index.html")), false);
    assert.equal(existsSync(join(dir, "feed.json")), false);
    assert.equal(existsSync(join(dir, "style.css")), false);
    assert.equal(existsSync(join(dir, views[0]!.path)), false);
  });

  it("writes an original-file page from the lines it is given", async () => {
    const view = views[0]!;
    const lines = [
      { n: 1, text: "A line handed to the render", status: "body" as const, reasons: [] },
    ];
    const dir = await render("source", { ...empty, sources: [{ article: view, lines }] });
    assert.match(
      readFileSync(join(dir, view.sourceFilePath), "utf8"),
      /A line handed to the render/,
    );
  });

  it("writes the whole-site pages and static files in the first batch, the feed from its views", async () => {
    const feed = feedItems(site).map((stub) => views.find((v) => v.key === stub.key)!);
    const dir = await render("first", { ...empty, feed, wholeSite: true });
    assert.equal(existsSync(join(dir, "index.html")), true);
    assert.equal(existsSync(join(dir, "search.html")), true);
    const json = JSON.parse(readFileSync(join(dir, "feed.json"), "utf8")) as {
      items: { content_html?: string; content_text?: string }[];
    };
    assert.equal(json.items.length, feed.length);
    const firstWords = feed[0]!.record.paragraphs[0]!.text.slice(0, 40);
    assert.ok(JSON.stringify(json.items[0]).includes(firstWords.slice(0, 20)));
  });
});
