import assert from "node:assert/strict";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, it } from "node:test";
import type { Archive } from "../../src/archive/types.ts";
import { buildArchiveSite } from "../../src/pipeline/build-site.ts";
import { loadArticleFolder } from "../../src/pipeline/load-articles.ts";
import { loadSiteInputs } from "../../src/site/site-inputs.ts";
import { NOW } from "../helpers/built-site.ts";

const { inputs } = loadSiteInputs();
const loadArchive = (dir: string): Promise<Archive> => loadArticleFolder(dir, inputs, NOW);

const para =
  "The ministers also discussed trade and energy projects that both governments have promised to expand.";
function folder(files: Record<string, string | Uint8Array>): string {
  const dir = mkdtempSync(join(tmpdir(), "archive-"));
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
  return dir;
}

describe("the loader, without a cache (`npm run check`)", () => {
  it("reports a slug collision on both files, naming the other", async () => {
    const dir = folder({
      "a.txt": `Same headline for two stories\n\n${para}`,
      "b.md": `Same headline for two stories\n\n${para}`,
    });
    const errors = (await loadArchive(dir)).diagnostics.filter((d) => d.code === "slug-collision");
    assert.equal(errors.length, 2);
    assert.match(errors[0]!.message, /b\.md/);
    assert.match(errors[1]!.message, /a\.txt/);
    assert.match(errors[0]!.fix, /slug:/);
  });
  it("resolves a collision with a slug in front matter", async () => {
    const dir = folder({
      "a.txt": `Same headline for two stories\n\n${para}`,
      "b.txt": `---\nslug: second-story\n---\nSame headline for two stories\n\n${para}`,
    });
    assert.deepEqual(
      (await loadArchive(dir)).records.map((r) => r.slug),
      ["same-headline-for-two-stories", "second-story"],
    );
  });
  it("collects errors from every file and keeps the good records", async () => {
    const dir = folder({
      "good.txt": `A good headline for a story\n\n${para}`,
      "empty.txt": "",
      "bad.txt": "---js\n{}\n---\nx",
      "latin1.txt": new Uint8Array([0x43, 0x61, 0x66, 0xe9]),
    });
    const archive = await loadArchive(dir);
    assert.deepEqual(
      archive.records.map((r) => r.slug),
      ["a-good-headline-for-a-story"],
    );
    assert.deepEqual(
      archive.diagnostics
        .filter((d) => d.severity === "error")
        .map((d) => d.path.replace(/^.*\//, ""))
        .sort(),
      ["bad.txt", "empty.txt", "latin1.txt"],
    );
  });
  it("gives the same slug whatever else is in the folder", async () => {
    const one = await loadArchive(folder({ "x.txt": `Lavrov visits Havana for talks\n\n${para}` }));
    const two = await loadArchive(
      folder({
        "a.txt": `Another story about something\n\n${para}`,
        "x.txt": `Lavrov visits Havana for talks\n\n${para}`,
      }),
    );
    assert.equal(one.records[0]?.slug, two.records.find((r) => r.file.endsWith("x.txt"))?.slug);
  });

  it("reports exactly the problems the build reports, themes and collisions included", async () => {
    const dir = folder({
      "a.txt": `Same headline for two stories\n\n${para}`,
      "b.txt": `Same headline for two stories\n\n${para}`,
      "c.txt": `---\nthemes: [no-such-theme]\n---\nA story with a theme nobody defined\n\n${para}`,
      "d.txt": "---\ndate: 2020-02-30\n---\nA story with an impossible date\n\n" + para,
    });
    const checked = (await loadArchive(dir)).diagnostics;
    const built = await buildArchiveSite({
      articles: dir,
      output: join(mkdtempSync(join(tmpdir(), "site-")), "_site"),
      now: NOW,
    });
    assert.equal(built.ok, false);
    const codes = (ds: readonly { code: string; path: string }[]): string[] =>
      ds.map((d) => `${d.path}: ${d.code}`).sort();
    assert.deepEqual(codes(checked), codes(built.diagnostics));
    assert.ok(checked.some((d) => d.code === "unknown-theme"));
    assert.ok(checked.some((d) => d.code === "slug-collision"));
  });
});
