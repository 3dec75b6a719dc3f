/** Name discovery (issue 16): shapes of names found on new labelled text, one rule each. */
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { discoverEntities } from "../../../src/site/entities/discover.ts";
import { splitSentences } from "../../../src/site/sentences.ts";
import { NONE, found, has } from "./found-entities.ts";

describe("leading words of a name", () => {
  it("keeps `New` of a known place", () =>
    assert.ok(has("The team flew to New Zealand on Monday.", "place:New Zealand")));
  it("keeps a Spanish article of a known place", () =>
    assert.ok(has("Los vuelos a Los Angeles se cancelaron.", "place:Los Angeles")));
  it("drops an article before a bank named for a town", () =>
    assert.ok(has("Lo dijo El Banco de España en su informe.", "organisation:Banco de España")));
});

describe("institutions' names", () => {
  it("keeps a title word before an institution's word in the name", () =>
    assert.ok(
      has(
        "Northampton General Hospital NHS Trust had warned it.",
        "organisation:Northampton General Hospital NHS Trust",
      ),
    ));
  it("starts a new name where particles lead into an institution's word", () =>
    assert.ok(
      has(
        "Lo dijo el consejero de Agricultura de la Junta de Andalucía, Luis Ortega.",
        "organisation:Junta de Andalucía",
      ),
    ));
  it("joins names across an ampersand into a firm's", () =>
    assert.deepEqual(found("Sales at Marks & Spencer rose."), ["organisation:Marks & Spencer"]));
  it("types a name after a chain's noun as a firm", () =>
    assert.ok(has("Suppliers sued the supermarket chain Hartwell.", "organisation:Hartwell")));
  it("types a name after a Spanish firm's noun and its adjective as a firm", () =>
    assert.ok(has("La coprodujo la productora madrileña Tornasol.", "organisation:Tornasol")));
  it("types a name ending in a business word as a firm", () =>
    assert.ok(
      has("It is owned by the private equity group Arden Capital.", "organisation:Arden Capital"),
    ));
});

describe("places and events", () => {
  it("types a quoted name after a venue's word as a place", () =>
    assert.ok(has("Матч прошел на арене «Янтарный» в Калининграде.", "place:Янтарный")));
  it("types a city whose name opens with a given name as a place", () =>
    assert.ok(has("Families are leaving for Milton Keynes and Kettering.", "place:Milton Keynes")));
  it("takes a cup for no organisation", () =>
    assert.deepEqual(
      found("«Зенит» обыграл «Локомотив» в финале Кубка России.").filter((e) => e.includes("Кубк")),
      [],
    ));
  it("takes a prize for no person", () =>
    assert.ok(!found("Ganó la Concha de Oro en el festival.").some((e) => e.includes("Concha"))));
});

describe("appositions and natural features", () => {
  it("types a name an apposition calls an agency as an organisation", () =>
    assert.ok(
      has(
        "La misión la organizó Extenda, la agencia andaluza de promoción.",
        "organisation:Extenda",
      ),
    ));
  it("takes no firm's noun that qualifies a person's role", () =>
    assert.ok(!has("It was Rashford, the club captain, who scored.", "organisation:Rashford")));
  it("types a name after a lowercase natural feature as a place", () =>
    assert.ok(has("Se rodó en el desierto de Atacama.", "place:Atacama")));
  it("reads no natural feature across a comma", () =>
    assert.ok(
      !has(
        "El exalcalde de Villanueva del Río, Antonio Cabello, declaró.",
        "place:Antonio Cabello",
      ),
    ));
  it("finds a two-word Russian town after a preposition", () =>
    assert.ok(
      discoverEntities(splitSentences("«Факел» из Нового Уренгоя проиграл."), NONE).some(
        (e) => e.type === "place" && e.aliases.includes("Новый Уренгой"),
      ),
    ));
});

describe("people's titles and parties", () => {
  it("reads an honorific as a title, not a function word", () =>
    assert.ok(has("Then she met Dr Patel in the ward.", "person:Patel")));
  it("reads a judge's `Justice` as a title", () =>
    assert.ok(has("It was heard by Mrs Justice Okafor last week.", "person:Okafor")));
  it("keeps a department named for justice an organisation", () =>
    assert.ok(has("Later the Justice Department agreed.", "organisation:Justice Department")));
  it("types a party before its councillor as an organisation", () =>
    assert.ok(has("The Labour councillor Priya Shah said so.", "organisation:Labour")));
  it("takes no word any party's members share for a party", () =>
    assert.ok(!has("Opposition councillors walked out.", "organisation:Opposition")));
  it("takes no people's adjective before `group` for a party", () =>
    assert.ok(!has("It was bought by the Dutch group last year.", "organisation:Dutch")));
  it("goes on over a plural's apostrophe inside a name", () =>
    assert.ok(
      has("Support came from the National Farmers' Union.", "organisation:National Farmers' Union"),
    ));
});
