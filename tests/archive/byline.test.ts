import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { parseAttribution, parseByline } from "../../src/archive/byline.ts";

describe("parseByline", () => {
  const cases: [string, boolean, string | null, string | null][] = [
    ["By Jane Doe and John Roe", false, "Jane Doe, John Roe", null],
    ["By  DAVID KERR", false, "David Kerr", null],
    ["Editado por Ed Newman", false, "Ed Newman", null],
    ["Por Dayana Cruz Ferrer/ACN", false, "Dayana Cruz Ferrer", "Agencia Cubana de Noticias"],
    ["Автор: Иван Петров", false, "Иван Петров", null],
    ["Reporting by Jane Doe in Moscow; Editing by John Roe", false, "Jane Doe", null],
    ["By Olivia Grant and Sam Whitaker, CNN", false, "Olivia Grant, Sam Whitaker", "CNN"],
    ["Text by: FRANCE 24", false, null, "France 24"],
    ["Lucia Marlowe in Barcelona", true, "Lucia Marlowe", null],
  ];
  for (const [line, bare, author, outlet] of cases) {
    it(line, () => {
      const b = parseByline(line, bare);
      assert.ok(b);
      assert.equal(b.author, author);
      assert.equal(b.outlet?.name ?? null, outlet);
    });
  }
  for (const [line, author] of <[string, string][]>[
    ["By Priya Natarajan, Business reporter", "Priya Natarajan"],
    ["By Tom Hale, Senior political correspondent", "Tom Hale"],
    ["Por Lucía Gil, corresponsal en Bruselas", "Lucía Gil"],
    ["Автор: Иван Петров, обозреватель", "Иван Петров"],
  ])
    it(`reads the name before a role: ${line}`, () =>
      assert.equal(parseByline(line)?.author, author));
  it("does not read prose as a byline", () =>
    assert.equal(parseByline("Por su parte, el ministro dijo que no."), null));
  it("does not read a title as a name", () =>
    assert.equal(
      parseByline("Russian Defense Minister Sergei Shoigu - Sputnik International"),
      null,
    ));
  it("takes names alone only where asked", () => assert.equal(parseByline("Gwen Parry"), null));
});

describe("parseAttribution", () => {
  it("reads (Source: …) closing a paragraph", () =>
    assert.equal(
      parseAttribution("medical supplies . (Source: Prensa Latina).")?.name,
      "Prensa Latina",
    ));
  it("reads Con información de …", () =>
    assert.equal(parseAttribution("Con información de EFE")?.name, "EFE"));
  it("reads (X with Y) sign-offs", () =>
    assert.equal(parseAttribution("(FRANCE 24 with AFP)")?.name, "Agence France-Presse"));
});
