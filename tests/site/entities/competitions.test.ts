/** Sporting competitions are events, not organisations (src/site/entities/competitions.ts). */
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { compileCuratedNames } from "../../../src/site/entities/curated-names.ts";
import { found } from "./found-entities.ts";

describe("sporting competitions", () => {
  it("are no entity, in English, Spanish and Russian", () => {
    assert.deepEqual(
      found("The club reached the final of the Champions League and the FA Cup."),
      [],
    );
    assert.ok(!found("She won the Miami Open on Sunday.").some((e) => e.endsWith("Open")));
    assert.ok(!found("El Betis ganó la Copa del Rey en Sevilla.").some((e) => e.includes("Copa")));
    assert.ok(!found("СКА выиграл Кубок Гагарина в среду.").some((e) => e.includes("Кубок")));
  });
  it("leave a league that is a body", () =>
    assert.ok(
      found("Ministers of the Arab League met in Cairo.").includes("organisation:Arab League"),
    ));
  it("are kept when the editor lists one", () => {
    const curated = compileCuratedNames({
      person: [],
      place: [],
      organisation: [{ slug: "fa-cup", name: "FA Cup", aliases: [] }],
    });
    assert.ok(found("Arsenal won the FA Cup.", curated).some((e) => e.endsWith("FA Cup")));
  });
});
