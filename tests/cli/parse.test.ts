import assert from "node:assert/strict";
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, it } from "node:test";

const seeds = ["000", "001", "002", "003", "004"].map((n) =>
  execFileSync("sh", ["-c", `ls tests/fixtures/seeds/seed-${n}_*.txt`])
    .toString()
    .trim(),
);

describe("npm run parse", () => {
  it("prints one record per file, in the order given, with the documented fields", () => {
    const order = [seeds[3]!, seeds[0]!, seeds[1]!];
    const out = JSON.parse(
      execFileSync("npm", ["run", "--silent", "parse", "--", ...order]).toString(),
    ) as Record<string, unknown>[];
    assert.deepEqual(
      out.map((r) => r.file),
      order,
    );
    for (const r of out)
      for (const k of [
        "file",
        "slug",
        "headline",
        "date",
        "source",
        "dateline",
        "author",
        "body",
        "warnings",
      ])
        assert.ok(k in r, k);
    assert.deepEqual(
      out.map((r) => [r.source, r.dateline, r.date]),
      [
        ["Sputnik", "Havana", null],
        ["TASS", "Moscow", null],
        ["Radio Habana Cuba", "Havana", "2024-02-19"],
      ],
    );
  });
  it("gives an error record, not a crash, for a file it cannot read", () => {
    const dir = mkdtempSync(join(tmpdir(), "parse-"));
    writeFileSync(join(dir, "bin.txt"), new Uint8Array([0, 1, 2, 3]));
    const res = spawnSync("npm", [
      "run",
      "--silent",
      "parse",
      "--",
      join(dir, "bin.txt"),
      seeds[2]!,
      join(dir, "missing.txt"),
    ]);
    assert.equal(res.status, 0);
    const out = JSON.parse(res.stdout.toString()) as {
      file: string;
      error?: string;
      headline?: string;
    }[];
    assert.match(out[0]!.error ?? "", /bin\.txt.*binary/);
    assert.equal(out[1]!.headline, "Russia Promises More Economic, Military Support for Cuba");
    assert.match(out[2]!.error ?? "", /missing\.txt/);
  });
});
