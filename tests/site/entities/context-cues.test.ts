/** Name discovery by the words around a name: firms, places beside a name and Russian openings, one sentence each. */
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { nameSpans } from "../../../src/site/entities/name-spans.ts";
import { found, has } from "./found-entities.ts";

describe("firms by the words around them", () => {
  it("reads a name after `shares of` as a firm", () =>
    assert.ok(has("Shares of Halden Foods fell 8% on Tuesday.", "organisation:Halden Foods")));
  it("reads a name after `acciones de` as a firm", () =>
    assert.ok(has("Las acciones de Grupo Ferral cayeron un 3%.", "organisation:Grupo Ferral")));
  it("reads a name before `chief executive` as a firm", () =>
    assert.ok(has("Trelwick chief executive Anna Moss spoke first.", "organisation:Trelwick")));
  it("reads a person before `, chief executive of` as no firm", () =>
    assert.ok(!has("said Anna Moss, chief executive of Trelwick.", "organisation:Anna Moss")));
  it("reads where auditors work as a firm", () =>
    assert.ok(
      has("It was found by auditors from Kerr Bastow last year.", "organisation:Kerr Bastow"),
    ));
  it("reads a name after `group` as a firm", () =>
    assert.ok(has("It was bought by the German group Hollweg last year.", "organisation:Hollweg")));
});

describe("bodies by their first word", () => {
  it("reads a name opened by a body's word as a body's, even before `said`", () => {
    assert.ok(has("National Grid said the cable would be repaired.", "organisation:National Grid"));
    assert.ok(
      has(
        "Crews from St Andrew's Ambulance treated dozens of people.",
        "organisation:St Andrew's Ambulance",
      ),
    );
  });
});

describe("widely known organisations", () => {
  it("are organisations with no cue around them", () => {
    assert.ok(has("Shares in Unilever and Nestlé fell on Monday.", "organisation:Nestlé"));
    assert.ok(has("Shares in Unilever and Nestlé fell on Monday.", "organisation:Unilever"));
  });
});

describe("places by the words around them", () => {
  it("reads `X-based` as a place", () => {
    const s = nameSpans("The Dunmore-based maker of boilers grew.").find(
      (x) => x.text === "Dunmore",
    );
    assert.deepEqual(s?.after[0], "based");
    assert.ok(has("The Dunmore-based maker of boilers grew.", "place:Dunmore"));
  });
  it("reads a gazetteer's town after Russian `в`, even one spelt like a given name", () =>
    assert.ok(has("Дожди прошли в Адлере в среду.", "place:Adler")));
  it("reads a town in apposition as a place", () =>
    assert.ok(
      has("Traffic in Oakridge Vale, a small town in the hills, grew.", "place:Oakridge Vale"),
    ));
  it("reads a municipality after `es un municipio` as a place", () =>
    assert.ok(
      has("Torrecilla del Monte es un municipio de la sierra.", "place:Torrecilla del Monte"),
    ));
  it("takes no place from `a village postman`", () =>
    assert.ok(!has("He met Tom Brayne, a village postman, there.", "place:Tom Brayne")));
  it("joins a lowercase kind of place to the name after it", () =>
    assert.ok(has("Гуляния прошли в парке Степанова в субботу.", "place:парке Степанова")));
  it("joins a Spanish street's kind across a particle", () =>
    assert.ok(has("La carrera pasó por la avenida del Faro.", "place:avenida del Faro")));
  it("reads a road's code after `the` as a place", () =>
    assert.ok(has("The bypass links the B4032 with the town.", "place:B4032")));
  it("reads no road in `the M2 chip`", () =>
    assert.ok(!has("Apple put the M2 chip in it.", "place:M2")));
  it("reads a Russian road's code after `трассе`", () =>
    assert.ok(has("Авария произошла на трассе Р-22 ночью.", "place:Р-22")));
});

describe("Russian institutions", () => {
  it("takes a name in guillemets after a party's noun whole", () =>
    assert.ok(
      has("Кандидата выдвинула партия «Зеленые крылья» в среду.", "organisation:Зеленые крылья"),
    ));
  it("takes no quoted speech for a name", () =>
    assert.ok(
      !found("Он сказал: «Спасибо всем» и ушел.").some((e) => e.startsWith("organisation")),
    ));
  it("drops a sentence's opening plural noun before an acronym", () =>
    assert.ok(has("Сотрудники ГИБДД перекрыли движение.", "organisation:ГИБДД")));
  it("drops a sentence's opening plural noun before an institution in the genitive", () =>
    assert.ok(
      has(
        "Ученые Института морской биологии нашли новый вид.",
        "organisation:Института морской биологии",
      ),
    ));
  it("reads an institution's lowercase word in any case", () =>
    assert.ok(
      has("Об этом объявили в Министерстве спорта в среду.", "organisation:Министерстве спорта"),
    ));
  it("stops an institution's name before `и` and a verb", () =>
    assert.ok(
      has(
        "Закон должен одобрить Совет Старейшин и подписать глава.",
        "organisation:Совет Старейшин",
      ),
    ));
  it("ends a Russian institution's name at its region", () =>
    assert.ok(
      nameSpans("Депутат Законодательного собрания Омской области Иван Пахомов выступил.").some(
        (s) => s.text === "Законодательного собрания Омской области",
      ),
    ));
});
