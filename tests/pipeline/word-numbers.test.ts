import assert from "node:assert/strict";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, describe, it } from "node:test";
import { generate } from "../../bench/generate.ts";
import { loadArticle } from "../../src/archive/load.ts";
import { loadArticles } from "../../src/pipeline/load-articles.ts";
import { failedFile, type ProcessedFile } from "../../src/pipeline/process-article.ts";
import { renumberWords, workerWords } from "../../src/pipeline/word-numbers.ts";
import { compileRules, deriveArticle } from "../../src/site/article-facts.ts";
import { encodeTerms, vocabulary } from "../../src/site/related.ts";
import { loadSiteInputs } from "../../src/site/site-inputs.ts";
import { NOW } from "../helpers/built-site.ts";

/** A result whose word counts are `counts`, numbered in `words` as processing numbers them. */
const counted = (
  words: ReturnType<typeof vocabulary>,
  counts: [string, number][],
): ProcessedFile => ({ ...failedFile("a.txt", []), terms: encodeTerms(counts, words) });

/** Word counts back as words, over `words`. */
const decoded = (terms: Uint32Array, words: readonly string[]): [string, number][] =>
  Array.from({ length: terms.length / 2 }, (_, i) => [words[terms[2 * i]!]!, terms[2 * i + 1]!]);

describe("word numbers across threads", () => {
  it("renumbers each worker's words in the archive's vocabulary", () => {
    const archive = vocabulary(["trade"]);
    const renumber = renumberWords(archive);
    const one = workerWords();
    const two = workerWords();
    const a = renumber(
      0,
      one.withNewWords(
        counted(one.words, [
          ["oil", 2],
          ["trade", 1],
        ]),
      ),
    );
    const b = renumber(
      1,
      two.withNewWords(
        counted(two.words, [
          ["ministry", 1],
          ["oil", 3],
        ]),
      ),
    );
    const c = renumber(
      0,
      one.withNewWords(
        counted(one.words, [
          ["oil", 1],
          ["port", 4],
        ]),
      ),
    );
    assert.deepEqual(decoded(a.terms!, archive.words), [
      ["oil", 2],
      ["trade", 1],
    ]);
    assert.deepEqual(decoded(b.terms!, archive.words), [
      ["ministry", 1],
      ["oil", 3],
    ]);
    assert.deepEqual(decoded(c.terms!, archive.words), [
      ["oil", 1],
      ["port", 4],
    ]);
    assert.deepEqual(archive.words, ["trade", "oil", "ministry", "port"]);
  });

  it("sends the words of work that was stopped with the next result", () => {
    const archive = vocabulary();
    const renumber = renumberWords(archive);
    const worker = workerWords();
    // Numbered by a file whose processing the time bound stopped: its result was never sent.
    counted(worker.words, [["harbour", 1]]);
    const next = renumber(
      0,
      worker.withNewWords(
        counted(worker.words, [
          ["harbour", 2],
          ["oil", 1],
        ]),
      ),
    );
    assert.deepEqual(decoded(next.terms!, archive.words), [
      ["harbour", 2],
      ["oil", 1],
    ]);
  });

  it("refuses a word number that was never sent", () => {
    const renumber = renumberWords(vocabulary());
    const unsent = { ...failedFile("a.txt", []), terms: Uint32Array.of(5, 1), newWords: [] };
    assert.throws(() => renumber(0, unsent), /word number 5 of a worker was never sent/);
  });

  describe("in the loader's worker threads", () => {
    const work = mkdtempSync(join(tmpdir(), "word-numbers-"));
    after(() => rmSync(work, { recursive: true, force: true }));

    it("gives every article the word counts its own derivation has", async () => {
      // Enough files for the loader to spread them over worker threads (on a machine with two cores or more).
      const dir = join(work, "articles");
      const files = generate(420, dir)
        .map((name) => join(dir, name))
        .sort();
      const { inputs } = loadSiteInputs();
      const loaded = await loadArticles(files, inputs, { now: NOW });
      assert.equal(loaded.facts.length, files.length);
      const rules = compileRules(inputs);
      loaded.facts.forEach((f, i) => {
        const record = loadArticle(f.file, NOW).record!;
        assert.deepEqual(
          decoded(loaded.terms.encoded[i]!, loaded.terms.words),
          deriveArticle(record, rules, NOW).terms,
          f.file,
        );
      });
    });
  });
});
