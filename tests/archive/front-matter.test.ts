import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { splitFrontMatter } from "../../src/archive/front-matter.ts";

const now = new Date("2026-11-23T12:00:00Z");
const split = (text: string): ReturnType<typeof splitFrontMatter> =>
  splitFrontMatter("a.txt", text, now);
const codes = (text: string): string[] => split(text).diagnostics.map((d) => `${d.line}:${d.code}`);

describe("splitFrontMatter", () => {
  it("returns the text untouched when there is no block", () =>
    assert.deepEqual(split("Headline\n\nBody."), {
      frontMatter: {},
      lines: {},
      text: "Headline\n\nBody.",
      firstLine: 1,
      raw: "",
      diagnostics: [],
    }));
  it("reads YAML keys with their lines and where the text starts", () => {
    const r = split("---\ndate: 2020-05-08\nsource: TASS\n---\nHeadline");
    assert.deepEqual(r.frontMatter, { date: "2020-05-08", source: "TASS" });
    assert.deepEqual(r.lines, { date: 2, source: 3 });
    assert.equal(r.firstLine, 5);
    assert.equal(r.text, "Headline");
  });
  it("keeps month precision", () =>
    assert.equal(split("---\ndate: 2018-11\n---\nx").frontMatter.date, "2018-11"));
  it("accepts a year written as a number", () =>
    assert.equal(split("---\ndate: 2018\n---\nx").frontMatter.date, "2018"));
  it("refuses ---js blocks and never runs them", () => {
    (globalThis as Record<string, unknown>).__ran = false;
    assert.deepEqual(codes("---js\n{ date: (globalThis.__ran = true, '2020-01-01') }\n---\nx"), [
      "1:front-matter-language",
    ]);
    assert.deepEqual(codes("---javascript\nmodule.exports = {}\n---\nx"), [
      "1:front-matter-language",
    ]);
    assert.equal((globalThis as Record<string, unknown>).__ran, false);
  });
  it("reports an unclosed block at line 1", () =>
    assert.deepEqual(codes("---\ndate: 2020-05-08\nHeadline"), ["1:front-matter-unclosed"]));
  it("reports malformed YAML at its line", () =>
    assert.deepEqual(
      codes("---\ndate: 2020-05-08\nsource: [TASS\n---\nx").map((c) => c.split(":")[1]),
      ["front-matter-yaml"],
    ));
  it("names unknown keys and suggests the documented one", () => {
    const d = split("---\ntitle: Hello\n---\nx").diagnostics[0];
    assert.equal(d?.line, 2);
    assert.match(d?.fix ?? "", /`headline`/);
  });
  it("refuses keys that would choose an output path", () =>
    assert.deepEqual(codes("---\npermalink: /etc/passwd\n---\nx"), ["2:front-matter-output-path"]));
  it("rejects a date that does not exist instead of rolling over", () =>
    assert.deepEqual(codes("---\ndate: 2024-02-30\n---\nx"), ["2:front-matter-value"]));
  it("rejects a date in the future", () =>
    assert.deepEqual(codes("---\ndate: 2027-01-02\n---\nx"), ["2:front-matter-value"]));
  it("accepts a date with a time", () =>
    assert.equal(
      split("---\ndate: 2024-02-19 08:34:09\n---\nx").frontMatter.date,
      "2024-02-19 08:34:09",
    ));
  it("rejects non-http urls and bad slugs", () =>
    assert.deepEqual(codes("---\nurl: javascript:alert(1)\nslug: ../../x\n---\nx"), [
      "2:front-matter-value",
      "3:front-matter-value",
    ]));
  it("rejects empty values", () =>
    assert.deepEqual(codes("---\nsource:\n---\nx"), ["2:front-matter-value"]));
  it("collects every problem in the block", () =>
    assert.equal(split("---\nfoo: 1\nbar: 2\ndate: 2024-13-01\n---\nx").diagnostics.length, 3));
  it("reports inherited object names as unknown keys, with no suggestion taken from Object", () => {
    const r = split("---\nconstructor: a\ntoString: b\nhasOwnProperty: c\n---\nx");
    assert.deepEqual(
      r.diagnostics.map((d) => `${d.line}:${d.code}`),
      ["2:front-matter-unknown-key", "3:front-matter-unknown-key", "4:front-matter-unknown-key"],
    );
    assert.deepEqual(Object.keys(r.frontMatter), []);
    for (const d of r.diagnostics) assert.match(d.fix, /^remove it; known keys: /);
  });
  it("reports `__proto__` as an unknown key and never changes a prototype", () => {
    for (const value of ["x", "{ headline: Injected }"]) {
      const r = split(`---\n__proto__: ${value}\n---\nx`);
      assert.deepEqual(
        r.diagnostics.map((d) => `${d.line}:${d.code}`),
        ["2:front-matter-unknown-key"],
      );
      assert.equal(Object.getPrototypeOf(r.frontMatter), Object.prototype);
      assert.equal(r.frontMatter.headline, undefined);
      assert.equal(({} as { headline?: string }).headline, undefined);
    }
  });
  it("refuses a block with too many keys, naming the file and the line", () => {
    // 2,000 keys: the old check took tens of seconds on this block (no clock here: a loaded
    // machine is slow too; a run that slow shows as a slow test, not a failed one).
    const keys = Array.from({ length: 2000 }, (_, i) => `key${i}: ${i}`).join("\n");
    const r = split(`---\n${keys}\n---\nx`);
    const d = r.diagnostics.find((x) => x.code === "front-matter-too-many-keys");
    assert.equal(d?.path, "a.txt");
    assert.equal(d?.line, 52);
    assert.match(`${d?.message} — ${d?.fix}`, /more than 50 keys.* — /);
  });
  it("refuses an oversized block without throwing, even with a 70,000-character key", () => {
    const r = split(`---\ndate: 2020-01-01\n${"k".repeat(70_000)}: 1\n---\nx`);
    assert.deepEqual(
      r.diagnostics.map((d) => `${d.path}:${d.line}:${d.code}`),
      ["a.txt:3:front-matter-too-large"],
    );
    assert.match(r.diagnostics[0]?.message ?? "", /8192/);
  });
  it("reports a very long key as unknown, shortened in the message", () => {
    const key = "(".repeat(300);
    const d = split(`---\nsource: TASS\n${key}: 1\n---\nx`).diagnostics;
    assert.deepEqual(
      d.map((x) => `${x.line}:${x.code}`),
      ["3:front-matter-unknown-key"],
    );
    assert.ok((d[0]?.message.length ?? 0) < 200);
    assert.match(d[0]?.message ?? "", /300 characters/);
  });
  it("reports a value that cannot be turned into text instead of throwing", () =>
    assert.deepEqual(codes("---\nlanguage: {toString: 1}\nsource: TASS\n---\nx"), [
      "2:front-matter-value",
    ]));
});
