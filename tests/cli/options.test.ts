/**
 * Every command answers `--help`, and an unknown option is an error that suggests the nearest one:
 * `npm run build -- --ouput x` once went unnoticed and the build wrote to `_site` (issue 14).
 */
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { describe, it } from "node:test";

const run = (cli: string, ...args: string[]): { status: number | null; out: string } => {
  const r = spawnSync(process.execPath, ["--import", "tsx", `src/cli/${cli}.ts`, ...args], {
    encoding: "utf8",
    env: { ...process.env, CI: "true" },
  });
  return { status: r.status, out: r.stdout + r.stderr };
};

describe("command-line options", () => {
  for (const cli of ["build", "check", "parse", "search"])
    it(`npm run ${cli} -- --help prints its usage and exits 0`, () => {
      const { status, out } = run(cli, "--help");
      assert.equal(status, 0);
      assert.match(out, new RegExp(`^usage: npm run (--silent )?${cli}`, "m"));
    });

  it("npm start -- --help prints its usage and exits 0, without building or serving", () => {
    const { status, out } = run("serve", "--help");
    assert.equal(status, 0);
    assert.match(out, /^usage: npm start/m);
  });

  it("a misspelt option stops the build before it does anything, and names the right one", () => {
    const { status, out } = run("build", "--ouput", "somewhere");
    assert.equal(status, 2);
    assert.match(out, /unknown option --ouput — did you mean --output\?/);
    assert.doesNotMatch(out, /Built /);
  });

  it("an option without its value is an error, not a silent default", () => {
    const { status, out } = run("build", "--output");
    assert.equal(status, 2);
    assert.match(out, /--output/);
  });

  it("a search filter may repeat, and a wrong sort says which ones exist", () => {
    const { status, out } = run("search", "x", "--sort", "newst");
    assert.equal(status, 2);
    assert.match(out, /--sort takes newest or oldest/);
  });
});
