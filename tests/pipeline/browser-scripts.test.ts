/**
 * The browser's scripts are bundled from src/browser/ and import the server's own vocabulary:
 * these tests fail when a bundle and the server disagree on a shared string, or when a second
 * definition of one appears.
 */
import assert from "node:assert/strict";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { createContext, runInContext } from "node:vm";
import { before, describe, it } from "node:test";
import { NO_SOURCE } from "../../src/archive/labels.ts";
import { BROWSER_SCRIPTS, bundleScript } from "../../src/pipeline/browser-scripts.ts";
import { FILTER_KEYS } from "../../src/search/search-fields.ts";
import { MONTH_NAMES } from "../../src/site/format-date.ts";

/** Every file under `dir`. */
const filesUnder = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });

/** How often `needle` occurs in `text`. */
const occurrences = (text: string, needle: string): number => text.split(needle).length - 1;

const bundles: Record<string, string> = {};
before(async () => {
  for (const [name, entry] of Object.entries(BROWSER_SCRIPTS))
    bundles[name] = await bundleScript(entry);
});

describe("the browser scripts", () => {
  it("are the same bytes from the same sources", async () => {
    for (const [name, entry] of Object.entries(BROWSER_SCRIPTS))
      assert.equal(await bundleScript(entry), bundles[name], name);
  });

  it("are classic scripts: no import or export statements", () => {
    for (const [name, text] of Object.entries(bundles)) {
      assert.doesNotMatch(text, /^\s*(import|export)\s/m, name);
      assert.match(text, /^\(\(\) => \{/m, name);
    }
  });

  it("show the server's NO_SOURCE text, defined once", () => {
    assert.equal(occurrences(bundles["search.js"]!, JSON.stringify(NO_SOURCE)), 1);
  });

  it("name the months as the server does, defined once", () => {
    for (const month of MONTH_NAMES)
      assert.equal(occurrences(bundles["search.js"]!, JSON.stringify(month)), 1, month);
  });

  it("publish the server's filter keys", () => {
    const ctx = createContext({});
    runInContext(bundles["search-engine.js"]!, ctx);
    const api = (ctx as { ArchiveSearch: { FILTER_KEYS: readonly string[] } }).ArchiveSearch;
    assert.deepEqual([...api.FILTER_KEYS], [...FILTER_KEYS]);
  });
});

describe("shared strings", () => {
  it("'Source not stated' is written once in the code, in src/archive/labels.ts", () => {
    const holders = ["src", "templates", "public"]
      .flatMap(filesUnder)
      .filter((f) => readFileSync(f, "utf8").includes(NO_SOURCE));
    assert.deepEqual(holders, [join("src", "archive", "labels.ts")]);
  });

  it("views never import from search", () => {
    for (const f of filesUnder(join("src", "site")).filter((f) => f.endsWith(".ts")))
      assert.doesNotMatch(readFileSync(f, "utf8"), /from "\.\.\/search\//, f);
  });
});
