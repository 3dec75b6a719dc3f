/**
 * Issue 13: symbolic links in the articles folder were skipped without a word, and the page of an
 * article's original file showed the absolute path where the machine kept it.
 */
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import {
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, describe, it } from "node:test";
import { listArticleFiles } from "../../src/archive/article-files.ts";
import { buildArchiveSite } from "../../src/pipeline/build-site.ts";
import { listFiles, NOW } from "../helpers/built-site.ts";

const [SEED, OTHER] = readdirSync("tests/fixtures/seeds").filter((n) => n.endsWith(".txt"));

describe("article files", () => {
  const root = mkdtempSync(join(tmpdir(), "article-files-"));
  after(() => rmSync(root, { recursive: true, force: true }));
  const articles = join(root, "articles");
  const outside = join(root, "elsewhere");
  mkdirSync(join(articles, "2024"), { recursive: true });
  mkdirSync(outside);
  copyFileSync(join("tests/fixtures/seeds", SEED!), join(articles, "2024", "real.txt"));
  writeFileSync(join(outside, "secret.txt"), "Headline\n\nNot an article of this archive.\n");
  mkdirSync(join(articles, ".store"));
  copyFileSync(join("tests/fixtures/seeds", OTHER!), join(articles, ".store", "kept.txt"));
  symlinkSync(join(articles, ".store", "kept.txt"), join(articles, "inside-link.txt"));
  symlinkSync(join(articles, "2024", "real.txt"), join(articles, "same-file-link.txt"));
  symlinkSync(join(outside, "secret.txt"), join(articles, "outside-link.txt"));
  symlinkSync(join(root, "missing.txt"), join(articles, "broken-link.txt"));
  symlinkSync(outside, join(articles, "folder-link"));
  writeFileSync(join(articles, "notes.docx"), "not an article");
  // A named pipe: reading it would wait for a writer for ever.
  spawnSync("mkfifo", [join(articles, "pipe.txt")]);

  it("follows a link to a file inside the articles folder, once", async () => {
    const { files } = await listArticleFiles(articles);
    assert.deepEqual(files, [
      join(articles, "2024", "real.txt"),
      join(articles, "inside-link.txt"),
    ]);
  });

  it("warns, naming the link, for every link it skips", async () => {
    const { diagnostics } = await listArticleFiles(articles);
    const skipped = new Map(diagnostics.map((d) => [d.path, d]));
    assert.deepEqual(
      [...skipped.keys()].sort(),
      ["broken-link.txt", "folder-link", "outside-link.txt", "pipe.txt", "same-file-link.txt"].map(
        (n) => join(articles, n),
      ),
    );
    for (const d of diagnostics) {
      assert.equal(d.severity, "warning");
      assert.ok(d.fix.length > 0);
    }
    assert.match(skipped.get(join(articles, "outside-link.txt"))!.message, /outside the articles/);
  });

  it("reports a missing articles folder as an error that says what to do", async () => {
    const { files, diagnostics } = await listArticleFiles(join(root, "nope"));
    assert.deepEqual(files, []);
    assert.equal(diagnostics[0]?.severity, "error");
    assert.match(diagnostics[0]!.fix, /create it/);
  });

  it("publishes no absolute path: the original-file page names the file within the articles folder", async () => {
    const output = join(root, "_site");
    const result = await buildArchiveSite({ articles, output, now: NOW });
    assert.ok(result.ok, JSON.stringify(result.diagnostics));
    for (const p of listFiles(output)) {
      const text = readFileSync(join(output, p), "latin1");
      assert.ok(!text.includes(root), `${p} shows the local path ${root}`);
    }
    const source = listFiles(output).filter((p) => p.endsWith(".source.html"));
    const shown = source.map(
      (p) => /parsed from <code>([^<]*)<\/code>/.exec(readFileSync(join(output, p), "utf8"))?.[1],
    );
    assert.deepEqual(
      shown.sort(),
      ["2024/real.txt", "inside-link.txt"].sort().slice(0, shown.length),
    );
  });
});
