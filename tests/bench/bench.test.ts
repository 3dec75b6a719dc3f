import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { benchSize } from "../../bench/run.ts";

// The benchmark's small run: 1,000 generated articles, no peer, no browser. Each of add, edit and
// delete must leave the site as a cold build of the same articles would (Pagefind by page count).
describe("npm run bench, 1,000 articles", () => {
  it("leaves the site as a cold build would after adding, editing and deleting one article", async () => {
    const r = await benchSize(1000, {
      peer: false,
      browser: false,
      fullVerify: true,
      log: () => {},
    });
    assert.deepEqual(r.problems, []);
    assert.equal(r.verified, "identical to a cold build");
    assert.ok(r.pages > 2000, `${r.pages} pages`);
  });
});
