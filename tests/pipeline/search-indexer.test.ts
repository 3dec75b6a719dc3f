import assert from "node:assert/strict";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, describe, it } from "node:test";
import { generate } from "../../bench/generate.ts";
import { buildArchiveSite } from "../../src/pipeline/build-site.ts";
import { startSearchIndexer } from "../../src/pipeline/search-indexer.ts";

// A worker thread shows among the active resources as its message port; Pagefind's process as
// a child process. Either left running keeps the build command from ending.
const running = (): string[] =>
  process.getActiveResourcesInfo().filter((r) => r === "MessagePort" || r === "ProcessWrap");

/**
 * What is still running once everything that was stopping has ended: the build's parse workers
 * are told to end when their work is done, and end a moment later (later still on a loaded
 * machine), so this waits for them, checking after every turn of the event loop. Only something
 * left running for good, such as an indexer nobody stopped, is still there after a minute.
 */
async function runningAfterStops(): Promise<string[]> {
  const deadline = performance.now() + 60_000;
  while (running().length > 0 && performance.now() < deadline)
    await new Promise((resolve) => setTimeout(resolve, 20));
  return running();
}

describe("search indexer", () => {
  const work = mkdtempSync(join(tmpdir(), "search-indexer-"));
  after(() => rmSync(work, { recursive: true, force: true }));

  it("stops when asked before it has a job, leaving nothing running", async () => {
    const indexer = startSearchIndexer(1000);
    assert.deepEqual(running(), ["MessagePort"]);
    await indexer.stop();
    assert.deepEqual(running(), []);
  });

  // The worker starts before the parse, so a build that stops at the parse's errors must stop it.
  it("is stopped when a large archive's build fails", async () => {
    const articles = join(work, "articles");
    generate(400, articles);
    writeFileSync(join(articles, "broken.txt"), "---\ntitle: [unclosed\n---\nBody text.\n");
    const result = await buildArchiveSite({
      articles,
      output: join(work, "site"),
      now: new Date("2026-11-23T12:00:00Z"),
    });
    assert.equal(result.ok, false);
    assert.ok(
      result.diagnostics.some((d) => d.severity === "error" && d.path.endsWith("broken.txt")),
    );
    assert.deepEqual(await runningAfterStops(), []);
  });
});
