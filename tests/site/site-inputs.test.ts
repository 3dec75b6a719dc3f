/**
 * The data files moved from `src/site/data/` to `data/` (issue 14): an archive set up before the
 * move still builds, reading the old folder with a warning that says how to move it.
 */
import assert from "node:assert/strict";
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, describe, it } from "node:test";
import { buildArchiveSite } from "../../src/pipeline/build-site.ts";
import { loadSiteInputs, SITE_DATA_DIR } from "../../src/site/site-inputs.ts";
import { NOW, SEED_ARCHIVE } from "../helpers/built-site.ts";

const work = mkdtempSync(join(tmpdir(), "site-inputs-"));
after(() => rmSync(work, { recursive: true, force: true }));

/** A project folder whose data files are in `where` (relative to it); returns its `data/` path. */
function project(name: string, where: string): string {
  const root = join(work, name);
  mkdirSync(join(root, where), { recursive: true });
  cpSync(SITE_DATA_DIR, join(root, where), { recursive: true });
  return join(root, "data");
}

describe("loadSiteInputs", () => {
  const current = loadSiteInputs();

  it("reads data/ without warnings", () => {
    assert.deepEqual(current.diagnostics, []);
    assert.ok(current.inputs.themes.length > 0);
  });

  it("reads the old src/site/data/ when data/ lacks the files, with one warning naming the fix", () => {
    const data = project("old", "src/site/data");
    const { inputs, diagnostics } = loadSiteInputs(data);
    assert.deepEqual(inputs, current.inputs);
    assert.equal(diagnostics.length, 1);
    const [d] = diagnostics;
    assert.equal(d!.severity, "warning");
    assert.equal(d!.code, "old-data-folder");
    // organisations.json (issue 16) is read from the old folder too when it is there.
    assert.match(
      d!.message,
      /site\.json, themes\.json, people\.json, places\.json(, organisations\.json)? read from/,
    );
    assert.equal(d!.fix, `move ${join(work, "old", "src/site/data")}/*.json to ${data}/`);
  });

  it("prefers data/ when both folders hold a file", () => {
    const data = project("both", "data");
    const old = join(work, "both", "src/site/data");
    mkdirSync(old, { recursive: true });
    writeFileSync(join(old, "site.json"), '{"title":"stale"}');
    const { inputs, diagnostics } = loadSiteInputs(data);
    assert.deepEqual(diagnostics, []);
    assert.equal(inputs.config.title, current.inputs.config.title);
  });
});

describe("a build with its data in the old folder", () => {
  it("builds and reports the warning among its diagnostics", async () => {
    const data = project("build", "src/site/data");
    const result = await buildArchiveSite({
      articles: SEED_ARCHIVE,
      output: join(work, "build", "_site"),
      data,
      now: NOW,
    });
    assert.ok(result.ok, JSON.stringify(result.diagnostics));
    const warning = result.diagnostics.find((d) => d.code === "old-data-folder");
    assert.equal(warning?.severity, "warning");
    assert.match(warning!.fix, /move .*src\/site\/data\/\*\.json to .*data\//);
  });
});
