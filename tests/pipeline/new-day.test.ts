/**
 * The day is in no cache key (src/pipeline/cache-keys.ts): the first build of a new day reuses every
 * file whose answers about today still hold and parses again exactly those whose answers change —
 * a date stamp that was in the future and has arrived, an undated article's event that is no
 * longer after today — and the site is then the site a cold build on that day makes.
 * Fixtures (tests/fixtures/new-day/): a.txt dated 3 March 2025; b.txt stamped 28 November 2026;
 * c.txt undated, naming a vote on 30 November 2026.
 */
import assert from "node:assert/strict";
import { cpSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, describe, it } from "node:test";
import { fileURLToPath } from "node:url";
import { treeDifferences } from "../../bench/compare-trees.ts";
import { buildArchiveSite, type BuildResult } from "../../src/pipeline/build-site.ts";
import {
  dayOf,
  holdsOn,
  spanOf,
  todayIsBefore,
  WatchedNow,
} from "../../src/archive/watched-now.ts";
import { isFutureDate } from "../../src/archive/calendar.ts";
import { listFiles } from "../helpers/built-site.ts";

const FIXTURES = fileURLToPath(new URL("../fixtures/new-day", import.meta.url));
const at = (day: string): Date => new Date(`${day}T12:00:00Z`);

describe("a watched now", () => {
  it("notes the first day an answer would change, and the day from which the others hold", () => {
    const now = new WatchedNow(at("2026-11-23").getTime());
    assert.equal(isFutureDate({ year: 2026, month: 11, day: 28 }, now), true);
    assert.equal(isFutureDate({ year: 2025, month: 3, day: 3 }, now), false);
    assert.deepEqual(spanOf(now), {
      from: Date.UTC(2025, 2, 2),
      until: Date.UTC(2026, 10, 27),
    });
    assert.equal(holdsOn(spanOf(now), at("2026-11-26")), true);
    assert.equal(holdsOn(spanOf(now), at("2026-11-27")), false);
    assert.equal(holdsOn(spanOf(now), at("2025-03-01")), false);
  });
  it("answers as a plain Date does", () => {
    const plain = at("2026-11-23");
    const day = Date.UTC(2026, 10, 24);
    assert.equal(todayIsBefore(day, plain), true);
    assert.equal(todayIsBefore(dayOf(plain), plain), false);
  });
});

describe("the first build of a new day", () => {
  const work = mkdtempSync(join(tmpdir(), "new-day-"));
  const articles = join(work, "articles");
  cpSync(FIXTURES, articles, { recursive: true });
  const site = join(work, "site", "_site");
  after(() => rmSync(work, { recursive: true, force: true }));

  /** Builds in place on `day`; checks the site against a cold build on the same day. */
  async function buildOn(day: string): Promise<BuildResult> {
    const result = await buildArchiveSite({ articles, output: site, now: at(day) });
    assert.ok(result.ok, JSON.stringify(result.diagnostics));
    const cold = join(mkdtempSync(join(tmpdir(), "new-day-cold-")), "_site");
    const check = await buildArchiveSite({ articles, output: cold, now: at(day) });
    assert.equal(check.counts?.reusedFiles, 0, "the checking build is a cold one");
    assert.deepEqual(treeDifferences(site, cold), []);
    rmSync(join(cold, ".."), { recursive: true, force: true });
    return result;
  }
  /** True when an events-timeline page names `text`. */
  const eventsNaming = (text: string): boolean =>
    listFiles(site).some(
      (p) => p.startsWith("events") && readFileSync(join(site, p), "utf8").includes(text),
    );
  const page = (name: string): string =>
    readFileSync(join(site, "articles", `${name}.html`), "utf8");

  it("parses nothing when no answer about today changed", async () => {
    assert.equal((await buildOn("2026-11-23")).counts?.parsed, 3);
    const next = await buildOn("2026-11-24");
    assert.equal(next.counts?.parsed, 0);
    assert.equal(next.counts?.reusedFiles, 3);
    assert.ok((next.counts?.linked ?? 0) > 0, "article pages are linked, not rendered");
  });

  it("parses the file whose stamped date has arrived, and only it", async () => {
    const result = await buildOn("2026-11-27");
    assert.equal(result.counts?.parsed, 1);
    assert.match(page("ministers-agree-on-a-new-harbour-plan-for-the-coast"), /28 November 2026/);
  });

  it("parses the undated file whose event is no longer after today, and only it", async () => {
    assert.equal(eventsNaming("old market hall"), false);
    const result = await buildOn("2026-12-01");
    assert.equal(result.counts?.parsed, 1);
    assert.equal(eventsNaming("old market hall"), true);
  });

  it("parses again what held only from a later day when the clock is set back", async () => {
    const result = await buildOn("2026-11-24");
    assert.equal(result.counts?.parsed, 2);
  });
});
