/** Notices about JavaScript or an old browser (script-notice.ts): chrome, not prose. */
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { isScriptNotice } from "../../src/archive/script-notice.ts";

describe("isScriptNotice", () => {
  it("knows requests to switch JavaScript on or to update the browser", () => {
    for (const line of [
      "Please enable JavaScript to view the comments.",
      "Bitte aktivieren Sie JavaScript in Ihrem Browser, um das Formular zu senden.",
      "Bitte schalten Sie Javascript ein, um die Seite zu nutzen.",
      "JavaScript ist deaktiviert. Für eine bessere Darstellung aktiviere bitte JavaScript.",
      "Ihr Browser wird nicht mehr unterstützt.",
      "For the best experience please update your browser.",
    ])
      assert.ok(isScriptNotice(line), line);
  });

  it("leaves prose that speaks of browsers or JavaScript", () => {
    for (const line of [
      "The new version of the browser loads pages twice as fast, the developers said on Tuesday.",
      "JavaScript remains the most used programming language among the developers surveyed.",
    ])
      assert.equal(isScriptNotice(line), false, line);
  });
});
