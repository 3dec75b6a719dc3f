/** Name discovery: the general rules of the compact gazetteer and name lists, one sentence each. */
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { lookupPlace } from "../../../src/site/entities/classify.ts";
import { findPlace, searchSorted } from "../../../src/site/entities/geo-gazetteer.ts";
import { isGivenName } from "../../../src/site/entities/given-names.ts";
import { nameSpans } from "../../../src/site/entities/name-spans.ts";
import { found } from "./found-entities.ts";

describe("compact gazetteer", () => {
  it("finds a line by binary search", () =>
    assert.equal(searchSorted(["a\tcity\t5\tA", "b\tregion\t0\tB"], "b")?.name, "B"));
  it("holds first-level divisions", () => assert.equal(findPlace("california")?.kind, "region"));
  it("holds their Spanish and Russian names", () =>
    assert.equal(findPlace("comunidad de madrid")?.name, "Community of Madrid"));
  it("folds Russian cases of a two-word region", () =>
    assert.equal(lookupPlace("Свердловской области")?.name, "Sverdlovsk Oblast"));
  it("hits no small town by a case form", () => assert.equal(lookupPlace("Новости"), undefined));
  it("takes no Russian adjective for a small town", () =>
    assert.equal(lookupPlace("Московский"), undefined));
});

describe("given names", () => {
  it("keeps a name two lists share", () => assert.ok(isGivenName("Margaret")));
  it("keeps common Russian names", () => assert.ok(isGivenName("Сергей")));
  it("drops a place or club word", () => assert.ok(!isGivenName("West") && !isGivenName("Real")));
  it("drops a country's name", () => assert.ok(!isGivenName("Jordan") || !isGivenName("Kenya")));
});

describe("rules", () => {
  it("types a region after a preposition", () =>
    assert.deepEqual(found("Snow fell across Wyoming overnight."), ["place:Wyoming"]));
  it("keeps a lone word with no cue out", () =>
    assert.deepEqual(found("The figures were confirmed to Bloomberg on Monday."), []));
  it("makes a lone word after `told` an organisation", () =>
    assert.deepEqual(found("A spokesperson told Bloomberg the deal was off."), [
      "organisation:Bloomberg",
    ]));
  it("makes a lone word that speaks mid-sentence an organisation", () =>
    assert.deepEqual(found("In a statement, Oxfam said aid was blocked."), ["organisation:Oxfam"]));
  it("makes a lone word after `at` an organisation", () =>
    assert.deepEqual(found("Prices at Kestrel rose."), ["organisation:Kestrel"]));
  it("does not make a team's opponent of a person", () =>
    assert.deepEqual(found("He lost to Marco Bellini in the final against Daniel Ortega."), [
      "person:Marco Bellini",
      "person:Daniel Ortega",
    ]));
  it("types an institution ending in a region as one", () =>
    assert.equal(
      found("Forestry Scotland said the trail was shut.")[0],
      "organisation:Forestry Scotland",
    ));
  it("types a name after a facility word as a place, the word opening its name", () =>
    assert.deepEqual(found("Miles de aficionados llenaron el estadio Ramón Sánchez."), [
      "place:estadio Ramón Sánchez",
    ]));
  it("strips a hyphenated title", () =>
    assert.equal(nameSpans("It was Vice-president Ana Ruiz who spoke.")[1]?.text, "Ana Ruiz"));
  it("does not read St as a person's title", () =>
    assert.ok(
      !found("Volunteers from St Brendan's Hospice helped.").some((e) => e.startsWith("person")),
    ));
});
