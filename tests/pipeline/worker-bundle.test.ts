/**
 * The parse worker bundled into one script (src/pipeline/worker-bundle.ts): it starts without tsx
 * and gives the facts the TypeScript modules give, data files and run-time packages included.
 */
import assert from "node:assert/strict";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, describe, it } from "node:test";
import { inWorkers, withoutTsx } from "../../src/archive/ts-worker.ts";
import { compileRules } from "../../src/site/article-facts.ts";
import { loadSiteInputs } from "../../src/site/site-inputs.ts";
import { vocabulary } from "../../src/site/related.ts";
import { processFile, type ProcessedFile } from "../../src/pipeline/process-article.ts";
import { workerBundle } from "../../src/pipeline/worker-bundle.ts";
import { NOW } from "../helpers/built-site.ts";

const parseWorker = new URL("../../src/pipeline/parse-worker.ts", import.meta.url);
const seeds = join(import.meta.dirname, "..", "fixtures", "seeds");
const html = join(import.meta.dirname, "..", "fixtures", "html");

describe("the parse worker as one script", () => {
  const cache = mkdtempSync(join(tmpdir(), "worker-bundle-"));
  after(() => rmSync(cache, { recursive: true, force: true }));

  it("is made once per process, as a script (not a TypeScript module)", async () => {
    const bundle = await workerBundle(parseWorker);
    assert.ok(bundle);
    assert.equal(bundle.protocol, "data:");
    assert.equal(await workerBundle(parseWorker), bundle);
  });

  it("is null for a module that cannot be bundled, so the worker runs through tsx", async () => {
    assert.equal(await workerBundle(new URL("./no-such-worker.ts", parseWorker)), null);
  });

  it("gives the facts the modules give in this thread: a text and a saved page, their places and people", async () => {
    const { inputs } = loadSiteInputs();
    const files = [
      join(seeds, "seed-000_0406393590765c1f.txt"),
      join(html, "json-ld-graph", "page.html"),
    ];
    const bundle = (await workerBundle(parseWorker))!;
    const results: ProcessedFile[] = [];
    await inWorkers(
      bundle,
      files.map((f): [string, null] => [f, null]),
      (share) => ({
        jobs: share,
        cache: null,
        keepRecords: false,
        context: "test",
        now: NOW.getTime(),
        inputs,
        limitMs: 60_000,
      }),
      (batch: ProcessedFile[]) => results.push(...batch),
    );
    const ctx = {
      cache: null,
      keepRecords: false,
      context: "test",
      now: NOW,
      rules: compileRules(inputs),
      words: vocabulary(),
    };
    for (const file of files) {
      const inWorker = results.find((r) => r.file === file);
      const here = processFile(file, null, ctx);
      assert.ok(inWorker?.facts, file);
      assert.deepEqual(inWorker.facts, here.facts, file);
    }
    const tass = results.find((r) => r.file === files[0])!.facts!;
    // Places come from the gazetteer file read beside its module; phrases use a package loaded at run time.
    assert.ok(tass.places.some((p) => p.slug === "cuba"));
    assert.ok((tass.phrases ?? "").length > 0);
  });
});

describe("withoutTsx", () => {
  it("drops tsx's preload, in either spelling, and keeps every other option", () => {
    assert.deepEqual(
      withoutTsx(["--max-old-space-size=900", "--import", "tsx", "--import=tsx", "--trace-gc"]),
      ["--max-old-space-size=900", "--trace-gc"],
    );
    assert.deepEqual(withoutTsx(["--import", "./setup.mjs"]), ["--import", "./setup.mjs"]);
  });
});
