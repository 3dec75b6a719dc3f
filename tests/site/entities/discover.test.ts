/** Name discovery (issue 16): the general patterns, one sentence each. */
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { compileCuratedNames } from "../../../src/site/entities/curated-names.ts";
import { discoverEntities } from "../../../src/site/entities/discover.ts";
import { nameKey } from "../../../src/site/entities/name-key.ts";
import { nameSpans } from "../../../src/site/entities/name-spans.ts";
import { splitSentences } from "../../../src/site/sentences.ts";
import { NONE, found } from "./found-entities.ts";

const forms = (text: string, name: string): string[] =>
  discoverEntities(splitSentences(text), NONE).find((e) => e.name === name)?.aliases ?? [];

describe("name spans", () => {
  it("strip a title and its demonym", () =>
    assert.deepEqual(
      nameSpans("Russian Foreign Minister Sergey Lavrov arrived.").map((s) => [s.text, s.title]),
      [["Sergey Lavrov", ["russian", "foreign", "minister"]]],
    ));
  it("keep Spanish particles inside a name", () =>
    assert.equal(
      nameSpans("Según Bruno Rodríguez de la Parrilla, no.")[0]?.text,
      "Bruno Rodríguez de la Parrilla",
    ));
  it("give nothing on a headline-cased line", () =>
    assert.deepEqual(nameSpans("Russia And Cuba To Strengthen Strategic Ties"), []));
  it("end a name at a month", () =>
    assert.deepEqual(found("It opened in Havana On March 3."), ["place:Havana"]));
  it("split an institution from the person it titles", () =>
    assert.deepEqual(
      nameSpans("He met NASA Administrator Bill Nelson.").map((s) => s.text),
      ["He", "NASA", "Bill Nelson"],
    ));
});

describe("discovery", () => {
  it("finds a person by an apposition and merges the surname", () =>
    assert.deepEqual(
      forms(
        "He spoke to the Arsenal manager, Mikel Arteta. Arteta said it was fine.",
        "Mikel Arteta",
      ),
      ["Mikel Arteta", "Arteta"],
    ));
  it("finds an organisation before a role noun", () =>
    assert.ok(
      found("He spoke to the Arsenal manager, Mikel Arteta.").includes("organisation:Arsenal"),
    ));
  it("checks places against the gazetteer", () => {
    const list = found("Prices rose in Riyadh and Houston. Residents met on Station Road.");
    assert.ok(list.includes("place:Riyadh") && list.includes("place:Houston"));
    assert.ok(!list.some((e) => e.includes("Prices")));
  });
  it("takes a street for a place of its own, not for a town of the gazetteer", () => {
    const e = discoverEntities(splitSentences("Residents met on Station Road."), NONE);
    assert.deepEqual(
      e.map((x) => [x.type, x.name, x.slug]),
      [["place", "Station Road", "station-road"]],
    );
  });
  it("knows a Spanish and a Russian spelling of one city", () =>
    assert.deepEqual(found("Llegó a Moscú. Он прилетел в Москву."), ["place:Moscow"]));
  it("merges an acronym after its full name", () =>
    assert.deepEqual(
      forms(
        "The North Atlantic Treaty Organization met. NATO said no.",
        "North Atlantic Treaty Organization",
      ),
      ["North Atlantic Treaty Organization", "NATO"],
    ));
  it("merges a clipped name after the full one", () =>
    assert.deepEqual(
      forms("The Federal Reserve held rates. Later the Fed said more.", "Federal Reserve"),
      ["Federal Reserve", "Fed"],
    ));
  it("merges an inflected Russian surname", () =>
    assert.deepEqual(
      forms("Министр Сергей Лавров прибыл в Гавану. Лаврову показали город.", "Сергей Лавров"),
      ["Сергей Лавров", "Лаврову"],
    ));
  it("joins neither of two people a surname could mean", () =>
    assert.ok(
      !found("Raúl Castro met Fidel Castro. Castro said no.").some((e) => e === "person:Castro"),
    ));
  it("drops a capitalised common word at the start of a sentence", () =>
    assert.deepEqual(found("Analysts expect prices to rise. Analysts and traders agree."), []));
  it("lets the editor exclude and rename", () => {
    const curated = compileCuratedNames({
      person: [{ slug: "lula", name: "Lula", aliases: ["Luiz Inácio Lula da Silva"] }],
      place: [{ slug: "riyadh", name: "Riyadh", aliases: [], exclude: true }],
      organisation: [],
    });
    assert.deepEqual(found("President Luiz Inácio Lula da Silva flew in from Riyadh.", curated), [
      "person:Lula",
    ]);
  });
});

describe("name keys", () => {
  it("make transliterations one", () =>
    assert.deepEqual(
      ["Sergey Lavrov", "Sergei Lavrov", "Serguei Lavrov", "Сергей Лавров"].map(nameKey),
      Array(4).fill("sergei-lavrov"),
    ));
});
