/**
 * Issue 13: faults a build must survive. A damaged cache made every later build fail until it was
 * deleted by hand; killed and failed builds left `.site-XXXXXX` folders beside the output, and the
 * search indexer went on writing into a folder that had been deleted.
 */
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, describe, it } from "node:test";
import { cacheDirFor, recordsDir } from "../../src/pipeline/article-cache.ts";
import { buildArchiveSite } from "../../src/pipeline/build-site.ts";
import { BUILD_LOCK } from "../../src/pipeline/fresh-folder.ts";
import { INDEX_PARTS, indexPartFile, indexPartOf } from "../../src/pipeline/file-index.ts";
import { SITE_MARKER } from "../../src/pipeline/output-folder.ts";
import { listFiles, NOW } from "../helpers/built-site.ts";

const SEEDS = "tests/fixtures/seeds";

/** A folder with the seed articles in `articles/`. */
function workspace(): { root: string; articles: string } {
  const root = mkdtempSync(join(tmpdir(), "faults-"));
  const articles = join(root, "articles");
  mkdirSync(articles);
  for (const name of readdirSync(SEEDS).filter((n) => n.endsWith(".txt")))
    copyFileSync(join(SEEDS, name), join(articles, name));
  return { root, articles };
}

/** The site's files and their contents, outside Pagefind's folder (its file names vary by run). */
function contents(dir: string): Map<string, string> {
  return new Map(
    listFiles(dir)
      .filter((p) => !p.startsWith("pagefind/"))
      .map((p) => [p, readFileSync(join(dir, p), "utf8")]),
  );
}

/** Waits for `done()` (a background remover's work), for up to a minute on a loaded machine. */
async function eventually(done: () => boolean): Promise<boolean> {
  for (let i = 0; i < 600 && !done(); i++) await new Promise((r) => setTimeout(r, 100));
  return done();
}

describe("a damaged cache", () => {
  const w = workspace();
  after(() => rmSync(w.root, { recursive: true, force: true }));
  const output = join(w.root, "_site");
  const cache = cacheDirFor(output);
  const progress: string[] = [];
  const build = (out = output): ReturnType<typeof buildArchiveSite> =>
    buildArchiveSite({
      articles: w.articles,
      output: out,
      now: NOW,
      onProgress: (m) => progress.push(m),
    });
  let cold: Map<string, string>;

  it("(a cold build to compare with)", async () => {
    const dir = join(w.root, "cold");
    assert.ok((await build(dir)).ok);
    cold = contents(dir);
    assert.ok((await build()).ok);
  });

  for (const [what, damage] of [
    ["records cut short", (b: Buffer): Buffer => b.subarray(0, 30)],
    ["records with one byte changed", (b: Buffer): Buffer => ((b[b.length - 5]! ^= 1), b)],
    ["emptied records", (): Buffer => Buffer.alloc(0)],
  ] as const) {
    it(`is repaired, with ${what}: the next build makes the site a cold build makes`, async () => {
      // Every record and mentions file damaged, and the page manifest too, so that every page
      // is rendered again from the records.
      for (const name of readdirSync(recordsDir(cache))) {
        const path = join(recordsDir(cache), name);
        writeFileSync(path, damage(readFileSync(path)));
      }
      writeFileSync(join(cache, "pages.v8"), "damaged");
      progress.length = 0;
      const repaired = await build();
      assert.ok(repaired.ok, JSON.stringify(repaired.diagnostics));
      assert.ok(
        progress.some((m) => m.includes("damaged")),
        "the damage was found, not missed",
      );
      assert.deepEqual(contents(output), cold);
    });
  }

  it("is repaired when folders stand where its files go", async () => {
    for (const name of readdirSync(recordsDir(cache)))
      (rmSync(join(recordsDir(cache), name)),
        mkdirSync(join(recordsDir(cache), name, "x"), { recursive: true }));
    rmSync(join(cache, "pages.v8"));
    mkdirSync(join(cache, "pages.v8", "x"), { recursive: true });
    const repaired = await build();
    assert.ok(repaired.ok, JSON.stringify(repaired.diagnostics));
    assert.deepEqual(contents(output), cold);
  });

  it("is repaired when the file index's vocabulary is damaged (every file parsed again)", async () => {
    const words = join(cache, "files.words.v8");
    writeFileSync(words, readFileSync(words).subarray(0, 300));
    const repaired = await build();
    assert.ok(repaired.ok, JSON.stringify(repaired.diagnostics));
    assert.equal(repaired.counts?.parsed, readdirSync(w.articles).length);
    assert.deepEqual(contents(output), cold);
  });

  it("is repaired when a part of the file index is damaged (its files parsed again, no others)", async () => {
    const inPart = (part: number): string[] =>
      readdirSync(w.articles).filter((f) => indexPartOf(join(w.articles, f)) === part);
    const part = Array.from({ length: INDEX_PARTS }, (_, i) => i).find(
      (i) => inPart(i).length > 0,
    )!;
    const file = join(cache, indexPartFile(part));
    writeFileSync(file, readFileSync(file).subarray(0, 300));
    const repaired = await build();
    assert.ok(repaired.ok, JSON.stringify(repaired.diagnostics));
    assert.equal(repaired.counts?.parsed, inPart(part).length);
    assert.ok(inPart(part).length < readdirSync(w.articles).length);
    assert.deepEqual(contents(output), cold);
  });
});

describe("folders left beside the output", () => {
  const w = workspace();
  after(() => rmSync(w.root, { recursive: true, force: true }));
  const output = join(w.root, "_site");

  it("a failed build removes its own folder, after the indexer has stopped writing in it", async () => {
    assert.ok((await buildArchiveSite({ articles: w.articles, output, now: NOW })).ok);
    const site = contents(output);
    await assert.rejects(
      buildArchiveSite({
        articles: w.articles,
        output,
        now: new Date(NOW.getTime() + 86_400_000), // another day: every page is rendered again
        onProgress: (m) => {
          if (m.startsWith("rendered")) throw new Error("the render failed");
        },
      }),
      /the render failed/,
    );
    assert.deepEqual(
      readdirSync(w.root).filter((n) => n.startsWith(".site-") && !n.endsWith("-replaced")),
      [],
    );
    assert.deepEqual(contents(output), site, "the previous site is untouched");
  });

  it("the next build removes what killed builds left, and nothing of anyone else's", async () => {
    // A killed build's folder holds the lock with its process id, of a process that has ended.
    const ended = spawnSync(process.execPath, ["-e", ""]).pid!;
    const killed = join(w.root, ".site-Ab12Cd");
    mkdirSync(join(killed, "articles"), { recursive: true });
    writeFileSync(join(killed, BUILD_LOCK), `${ended}\n`);
    writeFileSync(join(killed, "articles", "half.html"), "<p>half written");
    const replaced = join(w.root, ".site-Ef34Gh-replaced");
    mkdirSync(replaced);
    writeFileSync(join(replaced, SITE_MARKER), "");
    // Named like a build's folders, but not made by one: no lock, no marker.
    const mine = join(w.root, ".site-notes1");
    mkdirSync(mine);
    writeFileSync(join(mine, "keep.txt"), "mine");
    const unmarked = join(w.root, ".site-Ij56Kl-replaced");
    mkdirSync(unmarked);
    writeFileSync(join(unmarked, "keep.txt"), "mine too");

    assert.ok((await buildArchiveSite({ articles: w.articles, output, now: NOW })).ok);
    assert.ok(
      await eventually(() => !existsSync(killed) && !existsSync(replaced)),
      `still there: ${readdirSync(w.root).join(", ")}`,
    );
    assert.equal(readFileSync(join(mine, "keep.txt"), "utf8"), "mine");
    assert.equal(readFileSync(join(unmarked, "keep.txt"), "utf8"), "mine too");
  });

  it("a build in progress keeps its folder: a lock of a running process is left alone", async () => {
    const running = join(w.root, ".site-Mn78Op");
    mkdirSync(running);
    writeFileSync(join(running, BUILD_LOCK), `${process.ppid}\n`); // the test runner: running
    assert.ok((await buildArchiveSite({ articles: w.articles, output, now: NOW })).ok);
    assert.ok(existsSync(join(running, BUILD_LOCK)));
    rmSync(running, { recursive: true });
  });
});
