import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { describe, it, before } from "node:test";
import { buildInto } from "../helpers/built-site.ts";

let site = "";
before(async () => {
  site = (await buildInto("articles")).dir;
});

describe("npm run search", () => {
  it("prints matches with headline, date, source, path and snippet, or JSON", () => {
    const text = execFileSync("npm", [
      "run",
      "--silent",
      "search",
      "--",
      "Shoigu",
      "--site",
      site,
    ]).toString();
    assert.match(text, /^1 article matches “Shoigu”\./);
    assert.match(
      text,
      /Russia Praises Cuba.*\n {2}2015-02-14 · Sputnik · articles\/russia-praises-cuba[^ ]*#p1\n {2}.*Shoigu/,
    );
    const json = JSON.parse(
      execFileSync("npm", [
        "run",
        "--silent",
        "search",
        "--",
        "blockade",
        "--year",
        "2020",
        "--json",
        "--site",
        site,
      ]).toString(),
    ) as { total: number; results: { source: string }[] };
    assert.equal(json.total, 1);
    assert.equal(json.results[0]!.source, "TASS");
  });
});
