/** Server warnings printed into a page (server-error-line.ts): never prose, never the headline. */
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { isServerErrorLine } from "../../src/archive/server-error-line.ts";

describe("isServerErrorLine", () => {
  it("knows PHP's warnings, notices and errors by level, script and line", () => {
    for (const line of [
      "Warning: Creating default object from empty value in /srv/www/inc/classes.php on line 407",
      "Deprecated: Function set_magic_quotes_runtime() is deprecated in /srv/www/settings.php on line 18",
      "Strict Standards: Only variables should be passed by reference in /srv/www/db.php on line 785",
      "Notice: Undefined index: lang in /srv/www/theme/header.php on line 33",
      "Fatal error: Allowed memory size exhausted in /srv/www/lib/cache.inc on line 12",
    ])
      assert.ok(isServerErrorLine(line), line);
  });

  it("leaves sentences that merely open with the same words", () => {
    for (const line of [
      "Warning: the river is expected to rise above the flood line tonight.",
      "Notice: the library closes at noon on line maintenance days.",
      "Deprecated features of the old app will be removed in the next version.",
    ])
      assert.equal(isServerErrorLine(line), false, line);
  });
});
