/** Widely known organisations that news names with no cue of their type. */
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { isKnownOrganisation } from "../../../src/site/entities/known-organisations.ts";

describe("widely known organisations", () => {
  it("knows names as the list writes them", () => {
    assert.ok(isKnownOrganisation("Gazprom"));
    assert.ok(isKnownOrganisation("Reuters"));
    assert.ok(isKnownOrganisation("Médecins Sans Frontières"));
    assert.ok(isKnownOrganisation("Сбербанк"));
    assert.ok(isKnownOrganisation("Mercadona"));
  });
  it("knows them in any case and with or without accents", () => {
    assert.ok(isKnownOrganisation("TESCO"));
    assert.ok(isKnownOrganisation("Telefonica"));
    assert.ok(isKnownOrganisation("nestle"));
    assert.ok(isKnownOrganisation("Пятерочка"));
    assert.ok(isKnownOrganisation("ЯНДЕКС"));
  });
  it("knows them in an English possessive, with either apostrophe", () => {
    assert.ok(isKnownOrganisation("Tesco's"));
    assert.ok(isKnownOrganisation("Pfizer’s"));
    assert.ok(isKnownOrganisation("Sainsbury’s"));
  });
  it("does not know names that are also ordinary words, places or people", () => {
    for (const name of [
      "Amazon",
      "Apple",
      "Shell",
      "Crisis",
      "Orange",
      "Ford",
      "Iberia",
      "Apple's",
    ])
      assert.ok(!isKnownOrganisation(name), name);
  });
  it("does not know a word that only ends like a possessive, nor part of a name", () => {
    assert.ok(!isKnownOrganisation("Sainsbury"));
    assert.ok(!isKnownOrganisation("Goldman"));
    assert.ok(!isKnownOrganisation(""));
  });
});
