/**
 * Saved pages (`.html`) → records, over the fixture folders in tests/fixtures/html/: each holds
 * `page.html`, an optional sidecar `page.html.yml`, and `expected.json` with the facts expected,
 * where each came from (`from`: provenance kind, part and property), words the body must and must
 * not hold, and the warning or error codes.
 */
import assert from "node:assert/strict";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, it } from "node:test";
import { formatDiagnostic } from "../../../src/archive/diagnostic.ts";
import { loadArticle } from "../../../src/archive/load.ts";
import type { Provenance } from "../../../src/archive/types.ts";
import { WatchedNow } from "../../../src/archive/watched-now.ts";

const FIXTURES = "tests/fixtures/html";
const NOW = new Date("2025-06-01T12:00:00Z");

interface Expected {
  errors?: string[];
  warnings?: string[];
  from?: Record<string, string>;
  bodyHas?: string[];
  bodyLacks?: string[];
  [field: string]: unknown;
}

/** A provenance in the fixtures' short form: `page meta og:title`, `front-matter page.html.yml 1`. */
function short(p: Provenance | undefined): string {
  if (!p) return "none";
  if (p.from === "page") return `page ${p.part} ${p.property}`;
  if (p.from === "front-matter") return `front-matter ${p.sidecar ?? "file"} ${p.line}`;
  if (p.from === "derived") return `derived ${p.rule}`;
  return p.from;
}

const cases = readdirSync(FIXTURES).filter((c) => existsSync(join(FIXTURES, c, "expected.json")));

describe("saved pages become records", () => {
  for (const name of cases) {
    it(name, () => {
      const dir = join(FIXTURES, name);
      const expected = JSON.parse(readFileSync(join(dir, "expected.json"), "utf8")) as Expected;
      const { record, diagnostics } = loadArticle(join(dir, "page.html"), NOW);
      if (expected.errors) {
        assert.equal(record, null);
        const shown = diagnostics.map((d) => formatDiagnostic(d).replace(`${dir}/`, ""));
        for (const e of expected.errors)
          assert.ok(
            shown.some((s) => s.startsWith(e)),
            `no error "${e}" in ${shown.join("\n")}`,
          );
        return;
      }
      assert.ok(record, diagnostics.map(formatDiagnostic).join("\n"));
      const { errors, warnings, from, bodyHas, bodyLacks, ...fields } = expected;
      void errors;
      for (const [field, value] of Object.entries(fields))
        assert.deepEqual(record[field as keyof typeof record], value, field);
      for (const [field, kind] of Object.entries(from ?? {}))
        assert.equal(
          short(record.provenance[field as keyof typeof record.provenance]),
          kind,
          field,
        );
      for (const words of bodyHas ?? []) assert.ok(record.body.includes(words), words);
      for (const words of bodyLacks ?? []) assert.ok(!record.body.includes(words), words);
      if (warnings)
        assert.deepEqual(
          diagnostics.map((d) => d.code).sort(),
          [...warnings].sort(),
          diagnostics.map(formatDiagnostic).join("\n"),
        );
    });
  }

  it("refuses a future date through a watched now, noting the day it arrives", () => {
    const now = new WatchedNow(NOW.getTime());
    const { record } = loadArticle(join(FIXTURES, "future-date", "page.html"), now);
    assert.equal(record?.date, null);
    assert.equal(now.until, Date.UTC(2998, 11, 31));
  });

  it("reads a .htm page as a saved page too", async () => {
    const { mkdtempSync, copyFileSync } = await import("node:fs");
    const { tmpdir } = await import("node:os");
    const dir = mkdtempSync(join(tmpdir(), "htm-"));
    copyFileSync(join(FIXTURES, "open-graph-only", "page.html"), join(dir, "page.htm"));
    const { record } = loadArticle(join(dir, "page.htm"), NOW);
    assert.equal(record?.source, "Coastal Courier");
  });
});
