import assert from "node:assert/strict";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, it } from "node:test";
import { loadArchive } from "../../src/archive/load.ts";

const para =
  "The ministers also discussed trade and energy projects that both governments have promised to expand.";
function folder(files: Record<string, string | Uint8Array>): string {
  const dir = mkdtempSync(join(tmpdir(), "archive-"));
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
  return dir;
}

describe("loadArchive", () => {
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
});
