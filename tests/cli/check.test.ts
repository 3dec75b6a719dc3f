import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, it } from "node:test";
import { SEED_ARCHIVE } from "../helpers/seed-archive.ts";

const run = (dir: string): { status: number | null; out: string } => {
  const r = spawnSync("npm", ["run", "--silent", "check", "--", dir]);
  return { status: r.status, out: r.stdout.toString() };
};

describe("npm run check", () => {
  it("passes the seed archive and counts what is missing", () => {
    const r = run(SEED_ARCHIVE);
    assert.equal(r.status, 0);
    assert.match(r.out, /5 articles read, 0 errors/);
    assert.match(r.out, /without a source: 1/);
  });
  it("reports each problem as path:line: what — how, and exits non-zero", () => {
    const dir = mkdtempSync(join(tmpdir(), "check-"));
    writeFileSync(
      join(dir, "a.txt"),
      "---\ndate: 2024-02-30\ncolour: red\n---\nA headline for the story\n\nSome text that is long enough to be a paragraph of the article.",
    );
    const r = run(dir);
    assert.equal(r.status, 1);
    assert.match(r.out, /a\.txt:2: `date`: "2024-02-30" is not a real date — /);
    assert.match(r.out, /a\.txt:3: unknown front-matter key `colour` — /);
  });
});
