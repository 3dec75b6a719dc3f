/** Name discovery, issue 16 round 3: the signs of a type read from the runs already found, one sentence each. */
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { discoverEntities } from "../../../src/site/entities/discover.ts";
import { nameSpans } from "../../../src/site/entities/name-spans.ts";
import { russianNominative } from "../../../src/site/entities/russian-nominative.ts";
import {
  isAgencyCompound,
  isRussianSurname,
} from "../../../src/site/entities/russian-name-shapes.ts";
import { NONE, found } from "./found-entities.ts";

describe("news agencies' credits", () => {
  it("reads a credit between slashes after a Russian dateline", () =>
    assert.ok(found("ОМСК, 3 марта. /Медиапресс/. Дождь.").includes("organisation:Медиапресс")));
  it("reads a credit after a dash closing a dateline", () =>
    assert.ok(found("КУРСК, 5 мая — Вестник Пресс.").includes("organisation:Вестник Пресс")));
  it("reads no credit in a sentence that opens with no dateline", () =>
    assert.ok(!found("Он сказал — Вестник Пресс.").includes("organisation:Вестник Пресс")));
});

describe("Russian areas", () => {
  it("joins a region's lowercase word to its adjective", () =>
    assert.ok(found("Снег выпал в Свердловской области.").includes("place:Sverdlovsk Oblast")));
  it("takes an adjective and an area's word the gazetteer lacks for a place", () =>
    assert.ok(
      found("Бои шли у границы, Заречная долина закрыта.").includes("place:Заречная долина"),
    ));
  it("ends the run at the area, so the governor after it is a person", () =>
    assert.ok(
      found("Губернатор Курганской области Олег Петров приехал.").includes("person:Олег Петров"),
    ));
  it("joins a ministry's genitives across `и`", () =>
    assert.ok(
      found("Деньги выделило Министерство науки и высшего образования.").includes(
        "organisation:Министерство науки и высшего образования",
      ),
    ));
});

describe("Russian name shapes", () => {
  it("knows a surname by its suffix in any case", () =>
    assert.ok(isRussianSurname("Тасмагамбетов") && isRussianSurname("Нурлановой")));
  it("takes no patronymic for a surname", () => assert.ok(!isRussianSurname("Петровичем")));
  it("knows a clipped agency's or company's name", () =>
    assert.ok(isAgencyCompound("Роскомнадзора") && isAgencyCompound("Минтранс")));
  it("takes no country, city, title or surname for an agency", () =>
    assert.ok(!["России", "Ростов", "Минск", "Министр", "Минаев"].some(isAgencyCompound)));
  it("makes a lone agency compound an organisation", () =>
    assert.ok(found("Проверку начал Ростехнадзор.").includes("organisation:Ростехнадзор")));
  it("makes a name and a surname a person, not the body before it", () =>
    assert.ok(
      found("Руководитель ведомства Талгат Ермеков сказал.").includes("person:Талгат Ермеков"),
    ));
  it("splits a place in the genitive from the person after it", () =>
    assert.ok(
      found("Говорит житель Ак-Суу Нурлан Абдыкадыров.").includes("person:Нурлан Абдыкадыров"),
    ));
  it("splits a country read as a given name too (`России` as `Rossi`)", () =>
    assert.ok(
      found("Об этом заявила омбудсмен России Анна Белова.").includes("person:Анна Белова"),
    ));
  it("gives the title to the person, not the town", () =>
    assert.ok(
      !found("Мэр Новосибирска Анатолий Локоть поздравил всех.").includes("person:Новосибирска"),
    ));
});

describe("organisations", () => {
  it("makes a lone institution's word after an article a name (`al Congreso`)", () =>
    assert.ok(found("El ministro llevó la ley al Senado ayer.").includes("organisation:Senado")));
  it("keeps `el Gobierno` a common noun", () =>
    assert.deepEqual(found("La medida la aprobó ayer el Gobierno."), []));
  it("makes the employer of analysts an organisation, even with a given name first", () =>
    assert.ok(
      found("Analysts at Morgan Kessler cut their forecast.").includes(
        "organisation:Morgan Kessler",
      ),
    ));
  it("makes a town and a plural a team, whoever `who` follows", () =>
    assert.ok(
      found("They trail Leeds Hornets, who won again.").includes("organisation:Leeds Hornets"),
    ));
  it("types a name ending in an operator's word as an organisation", () =>
    assert.ok(
      found("Trains were cancelled, Kestrel Rail said.").includes("organisation:Kestrel Rail"),
    ));
});

describe("lists", () => {
  it("tells each run of a list the list's names", () =>
    assert.deepEqual(nameSpans("Floods hit Chiva, Utiel and Requena on Tuesday.")[1]?.list, [
      "Chiva",
      "Utiel",
      "Requena",
    ]));
  it("takes no sentence's opening place for a member", () =>
    assert.deepEqual(nameSpans("In London, Smith and Jones spoke.")[1]?.list, ["Smith", "Jones"]));
  it("makes an unknown word listed with known places a place", () =>
    assert.ok(found("El agua llegó a Valencia, Alboraya y Tavernes.").includes("place:Alboraya")));
  it("makes no place of a word listed with a person", () =>
    assert.ok(!found("Valencia, Marta García y Pons firmaron.").includes("place:Pons")));
});

describe("Russian names in the nominative", () => {
  it("names a person first met in the instrumental by the nominative, and merges both", () =>
    assert.deepEqual(found("Он встретился с Олегом Дроновым. Олег Дронов уехал."), [
      "person:Олег Дронов",
    ]));
  it("reads a woman's name by her given name", () =>
    assert.equal(russianNominative(["Анны", "Беловой"]), "Анна Белова"));
  it("turns a patronymic too", () =>
    assert.equal(russianNominative(["Ивана", "Петровича", "Сомова"]), "Иван Петрович Сомов"));
  it("keeps a surname that does not decline", () =>
    assert.equal(russianNominative(["Сергея", "Шойгу"]), "Сергей Шойгу"));
  it("gives a place found by a case form its nominative as a form", () =>
    assert.ok(
      discoverEntities(["Пожар произошел в Свердловской области."], NONE)[0]?.aliases.includes(
        "Свердловская область",
      ),
    ));
});

describe("sentence starts", () => {
  it("drops a sentence's first word that runs into a person's name", () =>
    assert.deepEqual(found("Позже Олег Дронов уехал домой."), ["person:Олег Дронов"]));
  it("keeps a saint's abbreviation", () =>
    assert.ok(!found("St John Ambulance treated people.").includes("person:John Ambulance")));
});

describe("small places", () => {
  it("reads an area's word after a name (`the Kupwara district`)", () =>
    assert.ok(
      found("Troops patrolled the Dunmarra district at night.").includes("place:Dunmarra"),
    ));
  it("takes a lone word before a region and a comma for a town", () =>
    assert.ok(found("Rain fell at Tealby, Lincolnshire, on Monday.").includes("place:Tealby")));
  it("takes no country in a possessive for a town's region", () =>
    assert.ok(!found("We met Quarrington, Britain’s envoy.").includes("place:Quarrington")));
  it("reads a Russian town's suffix after `в`", () =>
    assert.ok(found("Праздник прошел в Тихоборске.").includes("place:Тихоборске")));
  it("reads a smaller town of the gazetteer in a case form after `в`", () =>
    assert.ok(found("Пожар произошел в Одинцове.").includes("place:Odintsovo")));
  it("takes no adjective after `в` for a town", () =>
    assert.deepEqual(found("Выставка открылась в Николаевском зале."), []));
  it("reads a name after a church's word as a place, the word opening it", () =>
    assert.ok(
      found("Служба прошла в храме Христа Спасителя.").includes("place:храме Христа Спасителя"),
    ));
});

describe("hyphenated pairs", () => {
  it("splits two countries joined by a hyphen", () =>
    assert.deepEqual(found("Talks on the Kenya-Tanzania border resumed.").sort(), [
      "place:Kenya",
      "place:Tanzania",
    ]));
  it("keeps a hyphenated surname whole", () =>
    assert.ok(found("Ana López-Morales said so.").every((e) => !e.startsWith("place:"))));
});

describe("plural acronyms", () => {
  it("takes no acronym's plural after `told` for an organisation", () =>
    assert.deepEqual(found("The minister told MPs the plan would go ahead."), []));
});
