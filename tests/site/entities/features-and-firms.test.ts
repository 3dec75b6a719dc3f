/**
 * Name discovery (issue 16): places with no town's cue (natural features, regions, a dateline's
 * small town) and organisations known by the words around them, one general rule a test.
 */
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { articleEntities, type ArticleHead } from "../../../src/site/entities/article-entities.ts";
import { lookupPlace } from "../../../src/site/entities/classify.ts";
import { found, has, NONE } from "./found-entities.ts";

const dateline = (d: string): ArticleHead => ({ headline: "x", dateline: d, author: null });

describe("natural features and regions", () => {
  it("reads a loch, a glen or an isle as a place", () => {
    assert.ok(has("Swimmers crossed Loch Morlich at dawn.", "place:Loch Morlich"));
    assert.ok(has("Walkers were rescued in Glen Affric.", "place:Glen Affric"));
  });
  it("joins `of` after a feature's word", () =>
    assert.ok(has("The ferry sailed to the Isle of Arran.", "place:Isle of Arran")));
  it("reads a name after a Spanish mountain's word and `del` as a place", () =>
    assert.ok(has("Atacó en la cima del Tourmalet.", "place:Tourmalet")));
  it("reads a name after a Russian slope's word as a place", () =>
    assert.ok(has("На склонах Казбека сошла лавина.", "place:Казбека")));
  it("reads a name after a Russian river bank's word as a place", () =>
    assert.ok(has("Кампус построят на берегу Исети.", "place:Исети")));
  it("reads a Russian adjective and a gorge's word as a place", () =>
    assert.ok(has("В Чегемском ущелье выпал снег.", "place:Чегемском ущелье")));
  it("reads a point of the compass before a region as a place", () => {
    assert.ok(has("Снег выпал на Западном Кавказе.", "place:Западном Кавказе"));
    assert.ok(!found("Снег выпал на Западном Кавказе.").some((e) => e.startsWith("organisation")));
  });
  it("finds a Russian town's plural name in the locative", () =>
    assert.ok(has("Выборы пройдут в Пыть-Яхе и Березниках.", "place:Berezniki")));
  it("holds every republic of Russia", () =>
    assert.equal(lookupPlace("Карачаево-Черкесии")?.name, "Karachay-Cherkessia"));
  it("keeps a Spanish article a lowercase word precedes in the name", () =>
    assert.ok(has("La carrera salió de La Pola, en Asturias.", "place:La Pola")));
  it("takes a dateline's small town before a known region as a place", () => {
    const e = articleEntities(dateline("VILLAR DEL POZO, Asturias"), ["Llovió."], NONE);
    assert.deepEqual(
      e.map((x) => `${x.type}:${x.name}`),
      ["place:Villar del Pozo"],
    );
  });
  it("takes no unknown dateline without a known region", () =>
    assert.deepEqual(articleEntities(dateline("VILLAVIEJA"), ["Llovió."], NONE), []));
});

describe("organisations by what surrounds them", () => {
  it("reads an acronym opening a name of two as an institution", () =>
    assert.ok(has("Money went to NHS Grampian this year.", "organisation:NHS Grampian")));
  it("reads no post-nominal letters as an organisation, and drops them from a name", () => {
    assert.ok(!has("Carlisle's MP, Ann Roe, spoke.", "organisation:MP"));
    assert.ok(has("His barrister, Ann Roe KC, spoke.", "person:Ann Roe"));
  });
  it("reads a Russian acronym in a case as an organisation", () =>
    assert.ok(has("Детали поставляет от УАЗа завод.", "organisation:УАЗа")));
  it("reads no Russian legal form as an organisation", () =>
    assert.ok(!has("Директор ООО «Стройдор» задержан.", "organisation:ООО")));
  it("reads a quoted Russian name of two words with no surname as an organisation", () =>
    assert.ok(has("Губернатор попросил «Россети Кубань» помочь.", "organisation:Россети Кубань")));
  it("reads a firm's noun third in an apposition", () =>
    assert.ok(
      has("Brackley's, the family-owned jam maker, is to close.", "organisation:Brackley"),
    ));
  it("lets a firm's sign beat a person's surname", () =>
    assert.ok(
      has(
        "Chief executive Tom Brackley spoke. Brackley's, the family-owned jam maker, will close.",
        "organisation:Brackley",
      ),
    ));
  it("reads a name before a lowercase union's word as an organisation", () =>
    assert.ok(has("He thanked the Harbour Workers union.", "organisation:Harbour Workers")));
  it("reads what runs a business as a firm, but not a person", () => {
    assert.ok(has("The mill, run by Tarn Dairies, closed.", "organisation:Tarn Dairies"));
    assert.ok(has("The mill, run by Tarn Holme, closed.", "organisation:Tarn Holme"));
    assert.ok(has("A shelter run by Jane Holme opened.", "person:Jane Holme"));
    assert.ok(!has("It was bought by Dutch group Vanholt.", "organisation:Dutch"));
  });
  it("reads a lone word after a firm's officer and `de` as an organisation", () =>
    assert.ok(has("El director comercial de Vueling, Ana Gil, habló.", "organisation:Vueling")));
  it("reads no lone government's word after a president as an organisation", () =>
    assert.ok(!has("El presidente del Gobierno, Ana Gil, habló.", "organisation:Gobierno")));
  it("reads no department after a regional minister as an organisation", () =>
    assert.ok(!has("La consejera de Movilidad, Ana Gil, habló.", "organisation:Movilidad")));
  it("reads a Spanish bank's name with `Banca` as an organisation", () =>
    assert.ok(has("El Supremo condenó a Banca Ribera a pagar.", "organisation:Banca Ribera")));
  it("reads a railway's, a hospice's and friends' names as organisations", () => {
    assert.ok(
      has("Trains of Cambrian Valley Railway ran.", "organisation:Cambrian Valley Railway"),
    );
    assert.ok(has("Staff of Strathcarron Hospice ran.", "organisation:Strathcarron Hospice"));
    assert.ok(
      has(
        "Funds went to the Friends of the Royal Alston Infirmary.",
        "organisation:Friends of the Royal Alston Infirmary",
      ),
    );
  });
  it("keeps a capitalised article inside an institution's name", () =>
    assert.ok(
      has(
        "Un equipo del Hospital Universitario La Fe operó.",
        "organisation:Hospital Universitario La Fe",
      ),
    ));
  it("reads a Russian court's short noun in a case at the end of its name", () =>
    assert.ok(
      has("Приговор обжалуют в Омском областном суде.", "organisation:Омском областном суде"),
    ));
  it("reads a marathon as an event, no place", () =>
    assert.ok(!found("She ran the Loch Morlich Marathon.").some((e) => e.startsWith("place"))));
});
