/**
 * Issue 13: `--output .` deleted the whole project, `--output articles` every article and
 * `--output notes` the user's notes. A build replaces only a folder it made itself.
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
import { buildArchiveSite } from "../../src/pipeline/build-site.ts";
import { checkBuildFolders, SITE_MARKER } from "../../src/pipeline/output-folder.ts";
import { NOW } from "../helpers/built-site.ts";

const SEEDS = "tests/fixtures/seeds";

/** A project folder of its own: two seed articles and a notes folder. */
function project(): { root: string; articles: string; notes: string } {
  const root = mkdtempSync(join(tmpdir(), "project-"));
  const articles = join(root, "articles");
  const notes = join(root, "notes");
  mkdirSync(articles);
  mkdirSync(notes);
  for (const name of readdirSync(SEEDS)
    .filter((n) => n.endsWith(".txt"))
    .slice(0, 2))
    copyFileSync(join(SEEDS, name), join(articles, name));
  writeFileSync(join(notes, "todo.md"), "my notes");
  return { root, articles, notes };
}

/** Every file under a folder, with its content, to show nothing was touched. */
function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const e of readdirSync(dir, { withFileTypes: true, recursive: true }))
    if (e.isFile())
      out[join(e.parentPath, e.name)] = readFileSync(join(e.parentPath, e.name), "utf8");
  return out;
}

describe("the build replaces only a folder it made", () => {
  const p = project();
  after(() => rmSync(p.root, { recursive: true, force: true }));
  const folders = (output: string): Parameters<typeof checkBuildFolders>[0] => ({
    output,
    articles: p.articles,
    cache: join(p.root, ".cache-of-test"),
    project: p.root,
  });
  const refusal = (output: string): string | undefined =>
    checkBuildFolders(folders(output))[0]?.code;

  for (const [name, output, code] of [
    ["the project folder", ".", "output-holds-input"],
    ["a parent of the project", "..", "output-holds-input"],
    ["the articles folder", "articles", "output-holds-input"],
    ["a folder inside the articles", "articles/site", "output-in-articles"],
    ["a folder of the user's", "notes", "output-not-a-site"],
    ["a file", "notes/todo.md", "output-is-file"],
  ] as const) {
    it(`refuses ${name}`, () => assert.equal(refusal(join(p.root, output)), code));
  }

  it("refuses a link, which a swap would replace instead of the folder behind it", () => {
    symlinkSync(p.notes, join(p.root, "link"));
    assert.equal(refusal(join(p.root, "link")), "output-is-link");
  });

  it("refuses a cache folder it did not make", () => {
    mkdirSync(join(p.root, ".cache-of-test"));
    writeFileSync(join(p.root, ".cache-of-test", "mine.txt"), "not a cache");
    assert.equal(refusal(join(p.root, "new-site")), "cache-not-ours");
    rmSync(join(p.root, ".cache-of-test"), { recursive: true });
  });

  it("accepts a new folder, an empty one, and one a build made", async () => {
    assert.equal(refusal(join(p.root, "new-site")), undefined);
    mkdirSync(join(p.root, "empty"));
    assert.equal(refusal(join(p.root, "empty")), undefined);
    const output = join(p.root, "site");
    const first = await buildArchiveSite({ articles: p.articles, output, now: NOW });
    assert.ok(first.ok, JSON.stringify(first.diagnostics));
    assert.ok(readdirSync(output).includes(SITE_MARKER));
    const again = await buildArchiveSite({ articles: p.articles, output, now: NOW });
    assert.ok(again.ok, "a folder the build made is replaced by the next build");
  });

  it("leaves everything as it was when the output is refused, and says why and what to do", async () => {
    const p = project();
    after(() => rmSync(p.root, { recursive: true, force: true }));
    const before = snapshot(p.root);
    for (const output of [p.root, p.articles, p.notes, join(p.notes, "todo.md")]) {
      const result = await buildArchiveSite({ articles: p.articles, output, now: NOW });
      assert.equal(result.ok, false);
      const [d] = result.diagnostics;
      assert.equal(d?.severity, "error");
      assert.equal(d?.path, output);
      assert.match(d?.fix ?? "", /--output/);
    }
    assert.deepEqual(snapshot(p.root), before);
  });

  it("`npm run build -- --output .` leaves the project whole", () => {
    const p = project();
    after(() => rmSync(p.root, { recursive: true, force: true }));
    const cli = join(process.cwd(), "src/cli/build.ts");
    const before = snapshot(p.root);
    const run = spawnSync(
      process.execPath,
      ["--import", import.meta.resolve("tsx"), cli, "--articles", "articles", "--output", "."],
      { cwd: p.root, encoding: "utf8", env: { ...process.env, CI: "true" } },
    );
    assert.equal(run.status, 1);
    assert.match(run.stderr, /the output folder is the project folder/);
    assert.doesNotMatch(run.stderr, /\n\s+at /, "no stack trace");
    assert.deepEqual(snapshot(p.root), before);
  });

  it("says which articles folder is missing, without a stack trace", async () => {
    const result = await buildArchiveSite({
      articles: join(p.root, "no-such-folder"),
      output: join(p.root, "site-x"),
      now: NOW,
    });
    assert.equal(result.ok, false);
    assert.equal(result.diagnostics[0]?.code, "articles-folder");
    assert.match(result.diagnostics[0]!.message, /does not exist/);
  });

  it("says when it cannot write beside the output, without a stack trace", (t) => {
    // Permission bits do not stop root: as root the build runs as the unprivileged user instead.
    const root = process.getuid?.() === 0;
    const as = root ? { uid: 65534, gid: 65534 } : {};
    const canRun =
      spawnSync(process.execPath, ["-e", "require('./package.json')"], as).status === 0;
    if (root && !canRun) return t.skip("the unprivileged user cannot read this checkout");
    const p = project();
    after(() => rmSync(p.root, { recursive: true, force: true }));
    const locked = join(p.root, "locked");
    mkdirSync(locked);
    spawnSync("chmod", ["-R", "a+rX", p.root]);
    spawnSync("chmod", ["a-w", locked]);
    const run = spawnSync(
      process.execPath,
      [
        "--import",
        import.meta.resolve("tsx"),
        join(process.cwd(), "src/cli/build.ts"),
        "--articles",
        p.articles,
        "--output",
        join(locked, "_site"),
      ],
      { ...as, encoding: "utf8", env: { ...process.env, CI: "true", HOME: tmpdir() } },
    );
    assert.equal(run.status, 1);
    assert.match(run.stderr, /cannot write in .*locked.* — .*permissions/);
    assert.doesNotMatch(run.stderr, /\n\s+at /, "no stack trace");
  });
});
