/**
 * `npm run score [-- DIR...]`: per-field accuracy, boilerplate leaks, lost paragraphs and invented
 * dates of the parser over fixture folders (default: the raw corpus and the seed files).
 * `--verbose` lists every miss.
 */
import { FIELDS, scoreCorpus } from "./score-corpus.ts";

const args = process.argv.slice(2).filter((a) => a !== "--");
const verbose = args.includes("--verbose");
const dirs = args.filter((a) => !a.startsWith("--"));
for (const dir of dirs.length ? dirs : ["tests/fixtures/raw", "tests/fixtures/seeds"]) {
  const score = scoreCorpus(dir);
  const pct = (x: number): string => `${(100 * x).toFixed(1)}%`;
  console.log(`\n${dir}: ${score.cases.length} files`);
  for (const f of FIELDS) console.log(`  ${f.padEnd(12)} ${pct(score.accuracy[f])}`);
  console.log(`  bodies with leaked boilerplate  ${pct(score.leakRate)}`);
  console.log(`  content paragraphs lost         ${score.lostParagraphs}`);
  console.log(`  invented dates                  ${score.inventedDates}`);
  if (!verbose) continue;
  for (const c of score.cases) {
    if (!c.wrong.length && !c.leaked.length && !c.lost.length) continue;
    console.log(`\n  ${c.name}`);
    for (const w of c.wrong)
      console.log(
        `    ${w.field}: expected ${JSON.stringify(w.expected)}, got ${JSON.stringify(w.actual)}`,
      );
    for (const l of c.leaked) console.log(`    LEAK: ${l.slice(0, 110)}`);
    for (const l of c.lost) console.log(`    LOST: ${l.slice(0, 110)}`);
  }
}
