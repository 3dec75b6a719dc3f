import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { createContext, runInContext } from "node:vm";
import { before, describe, it } from "node:test";
import { bundleScript, BROWSER_SCRIPTS } from "../../src/pipeline/browser-scripts.ts";
import { searchSite } from "../../src/search/terminal-search.ts";
import { termKey, tokenize } from "../../src/search/tokenize.ts";
import { buildInto, SEED_ARCHIVE } from "../helpers/built-site.ts";

let site = "";
before(async () => {
  site = (await buildInto(SEED_ARCHIVE)).dir;
});
const slugs = async (q: string, filters: Record<string, string[]> = {}): Promise<string[]> =>
  (await searchSite(site, q, filters)).results
    .map((r) => r.path.replace(/^articles\/(.{12}).*$/, "$1"))
    .sort();

describe("the fallback engine's words", () => {
  it("tokenizes as the index builder does", async () => {
    const ctx = createContext({});
    runInContext(await bundleScript(BROWSER_SCRIPTS["search-engine.js"]!), ctx);
    const engine = (
      ctx as { ArchiveSearch: { tokenize(s: string): string[]; termKey(s: string): string } }
    ).ArchiveSearch;
    for (const s of [
      "Bruno Rodríguez Parrilla",
      "Сергей Лавров, ёлка",
      "U.S.-Cuba 2024 blockade’s",
      "ÆØÅ ß ﬁ",
    ]) {
      assert.deepEqual([...engine.tokenize(s)], tokenize(s), s);
      for (const w of tokenize(s)) assert.equal(engine.termKey(w), termKey(w));
    }
  });
});

describe("npm run search (terminal) on the seed archive", () => {
  it("finds exactly the three articles that use 'blockade'", async () =>
    assert.deepEqual(await slugs("blockade"), ["moscow-and-h", "russia-and-c", "russian-cuba"]));
  it("finds only the Sputnik article for 'Shoigu'", async () =>
    assert.deepEqual(await slugs("Shoigu"), ["russia-prais"]));
  it("finds nothing for a nonsense word", async () =>
    assert.deepEqual(await slugs("qzxwvutsr"), []));
  it("narrows with a source filter", async () => {
    assert.equal((await slugs("Lavrov")).length, 3);
    assert.deepEqual(await slugs("Lavrov", { source: ["TASS"] }), ["russian-cuba"]);
  });
  it("ignores accents and finds word beginnings", async () => {
    assert.deepEqual(await slugs("rodriguez"), ["russia-and-c", "russia-promi", "russian-cuba"]);
    assert.deepEqual(await slugs("Rodríguez"), await slugs("rodriguez"));
    assert.deepEqual(await slugs("blockad"), await slugs("blockade"));
  });
  it("requires every word", async () => assert.deepEqual(await slugs("blockade Shoigu"), []));
  it("links to the paragraph that matched and marks the words", async () => {
    const r = (await searchSite(site, "Shoigu", {})).results[0]!;
    assert.match(r.path, /#p1$/);
    assert.ok(r.parts.some((p) => p.mark && p.text === "Shoigu"));
  });
  it("sorts by date when asked", async () => {
    const dates = (await searchSite(site, "Lavrov", {}, "date-desc")).results.map((r) => r.date);
    assert.equal(dates.length, 3);
    assert.deepEqual(dates, [...dates].sort().reverse());
  });
});

describe("a search index in shards", () => {
  it("finds the same articles, ranked the same way, as one shard does", async () => {
    const sharded = (await buildInto(SEED_ARCHIVE, undefined, { searchShards: 4 })).dir;
    assert.ok(readFileSync(join(sharded, "search-data/shards.js"), "utf8").includes('"count":4'));
    for (const q of ["blockade", "Shoigu", "Havana Moscow", "nonsenseword"]) {
      const one = (await searchSite(site, q, {})).results.map((r) => r.path);
      const four = (await searchSite(sharded, q, {})).results.map((r) => r.path);
      assert.deepEqual(four, one, q);
    }
    const filtered = await searchSite(sharded, "Cuba", { source: ["Sputnik"] });
    assert.ok(filtered.results.length > 0);
    assert.ok(filtered.results.every((r) => r.source === "Sputnik"));
  });
});
