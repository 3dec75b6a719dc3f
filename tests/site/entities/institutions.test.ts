/** Name discovery (issue 16): institutions' names with lowercase words, agency credits, settlements, headlines and datelines. */
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import {
  articleEntities,
  mentionsByKind,
  type ArticleHead,
} from "../../../src/site/entities/article-entities.ts";
import { lookupPlace } from "../../../src/site/entities/classify.ts";
import { placeOfStamp } from "../../../src/archive/dateline.ts";
import { NONE, found } from "./found-entities.ts";

const head = (headline: string): ArticleHead => ({ headline, dateline: null, author: null });

describe("Russian institutions' names", () => {
  it("keeps the lowercase genitives after the institution's word", () =>
    assert.ok(
      found("Министерство транспорта Казахстана опровергло эти сведения.").includes(
        "organisation:Министерство транспорта Казахстана",
      ),
    ));
  it("keeps lowercase adjectives before the institution's word", () =>
    assert.ok(
      found("Ленинский районный суд вынес приговор в четверг.").includes(
        "organisation:Ленинский районный суд",
      ),
    ));
  it("stops at a past verb", () =>
    assert.ok(found("Госдума приняла закон в среду.").includes("organisation:Госдума")));
  it("keeps a regional branch's region in its name, and names it an organisation", () => {
    assert.ok(
      found("Об этом сообщили в ГУ МЧС по Курской области в среду.").includes(
        "organisation:ГУ МЧС по Курской области",
      ),
    );
    assert.ok(
      found("Дело возбудило Управление ФСБ по Республике Карелия, сообщили в ведомстве.").includes(
        "organisation:Управление ФСБ по Республике Карелия",
      ),
    );
  });
  it("leaves `по` after a name that is not an institution's", () =>
    assert.ok(
      !found("Иван Петров по Тверской области ездил в среду.").some((e) => e.includes(" по ")),
    ));
  it("keeps a long lowercase remit, a sport's genitive, and stops before a person's name", () => {
    assert.ok(
      found("Об этом сообщил Институт теоретической физики и прикладной математики РАН.").includes(
        "organisation:Институт теоретической физики и прикладной математики РАН",
      ),
    );
    const chair = found("Президент Российской федерации футбола Игорь Смирнов приехал в Казань.");
    assert.ok(chair.includes("organisation:Российской федерации футбола"), chair.join("; "));
    assert.ok(chair.includes("person:Игорь Смирнов"), chair.join("; "));
  });
  it("leaves a lone institution's word that is a common noun", () =>
    assert.deepEqual(found("Совет решил отложить вопрос."), []));
});

describe("other signs of a type", () => {
  it("reads a news agency's credit after a dateline", () =>
    assert.ok(
      found("LIMA, March 3 (Andina) - Heavy rain closed two highways.").includes(
        "organisation:Andina",
      ),
    ));
  it("reads a Spanish institution's word", () =>
    assert.ok(
      found("La Guardia Civil detuvo a dos hombres.").includes("organisation:Guardia Civil"),
    ));
  it("takes a lone unknown name right after `in` or `en` for a small place, not after `в`", () => {
    assert.ok(found("Two people died in Benimodo on Tuesday.").includes("place:Benimodo"));
    assert.ok(found("La riada llegó en Alfarp de madrugada.").includes("place:Alfarp"));
    assert.ok(!found("Об этом сообщили в Минобрнауки.").some((e) => e.startsWith("place:")));
  });
  it("reads a settlement's word before an unknown town", () => {
    assert.ok(
      found("Floods reached the village of Oakridge Hollow.").includes("place:Oakridge Hollow"),
    );
    assert.ok(
      found("Vecinos del municipio de Benaguasil protestaron.").includes("place:Benaguasil"),
    );
    assert.ok(found("В посёлке Малиновка открыли школу.").includes("place:Малиновка"));
  });
});

describe("companies and clubs", () => {
  it("reads the noun before a name", () => {
    assert.ok(found("Shares of the carmaker Volvex fell.").includes("organisation:Volvex"));
    assert.ok(found("El club Alcorcón fichó a dos jugadores.").includes("organisation:Alcorcón"));
  });
  it("reads business words after a name", () =>
    assert.ok(found("Export curbs cut Quantix's sales in Asia.").includes("organisation:Quantix")));
  it("takes a Russian name in guillemets for an organisation's", () =>
    assert.ok(found("Вчера «Ротор» обыграл соперника.").includes("organisation:Ротор")));
  it("keeps a person in guillemets a person's", () =>
    assert.ok(!found("Опера «Иван Сусанин» вернулась.").includes("organisation:Иван Сусанин")));
});

describe("headline, dateline and byline", () => {
  it("finds a name only the headline gives, with no sentence of the body", () => {
    const e = articleEntities(
      head("Flooding closes roads across Portugal"),
      ["Rain fell all night."],
      NONE,
    );
    assert.deepEqual(
      e.map((x) => [x.type, x.name, x.sentences]),
      [["place", "Portugal", [0]]],
    );
  });
  it("gives no names of a headline set in title case", () =>
    assert.deepEqual(
      articleEntities(head("Storm Batters Coastal Towns As Rivers Rise"), ["Rain fell."], NONE),
      [],
    ));
  it("keeps the dateline's form as an alias of its place", () => {
    const e = articleEntities({ ...head("Rain"), dateline: "LISBON" }, ["Rain fell."], NONE);
    assert.deepEqual(
      e.map((x) => [x.name, x.aliases]),
      [["Lisbon", ["LISBON"]]],
    );
  });
  it("names each place of a dateline two places share", () => {
    const e = articleEntities({ ...head("Rain"), dateline: "LISBON/MADRID" }, ["Rain fell."], NONE);
    assert.deepEqual(
      e.map((x) => [x.name, x.aliases]),
      [
        ["Lisbon", ["LISBON"]],
        ["Madrid", ["MADRID"]],
      ],
    );
  });
  it("takes a byline's people who start with a known given name", () => {
    const e = articleEntities(
      { ...head("Rain"), author: "Helen Marsh and Newsdesk Staff" },
      ["Rain fell."],
      NONE,
    );
    assert.deepEqual(
      e.map((x) => [x.type, x.name, x.sentences]),
      [["person", "Helen Marsh", []]],
    );
  });
  it("splits a byline of two people in Russian and Spanish", () => {
    for (const author of ["Анна Петрова и Иван Сидоров", "Ana Gil y Luis Mir"])
      assert.equal(articleEntities({ ...head("Rain"), author }, ["Rain fell."], NONE).length, 2);
  });
  it("reads the place of a `Place, date` line", () => {
    assert.equal(placeOfStamp("Sevilla, 4 de junio de 2024", "es"), "Sevilla");
    assert.equal(placeOfStamp("Monday, 4 June 2024", "en"), null);
  });
});

describe("people", () => {
  it("strips a legislator's title and its party", () =>
    assert.ok(
      found("The seat fell vacant after the Labour MP Jane Whitcombe resigned.").includes(
        "person:Jane Whitcombe",
      ),
    ));
  it("reads a Spanish patronymic and a Spanish title", () => {
    assert.ok(found("Dolores Ibáñez se graduó a los 80 años.").includes("person:Dolores Ibáñez"));
    assert.ok(
      found("El obispo Tomás Prieto Sierra presidió la misa.").includes(
        "person:Tomás Prieto Sierra",
      ),
    );
  });
  it("reads Russian sports roles and more verbs of speech", () => {
    assert.ok(
      found("Команда осталась без защитника Аркадия Сомова.").includes("person:Аркадий Сомов"),
    );
    assert.ok(found("Хосемар Пинейро признал поражение.").includes("person:Хосемар Пинейро"));
  });
  it("knows a Russian given name in another case, and names the person in the nominative", () =>
    assert.ok(
      found("Суд приговорил бывшего чиновника Олега Дронова к пяти годам.").includes(
        "person:Олег Дронов",
      ),
    ));
});

describe("gazetteer", () => {
  it("knows other languages' names of cities of 100,000 people", () =>
    assert.equal(lookupPlace("Ginebra")?.name, "Genève"));
});

describe("runs", () => {
  it("joins no acronyms by a particle", () =>
    assert.deepEqual(
      found("Los datos proceden del telescopio TESS de la NASA.").filter((e) => e.includes("NASA")),
      ["organisation:NASA"],
    ));
});

describe("forms of names", () => {
  it("gives every form an article writes its names in, so that none becomes a tag", () => {
    const sentences = [
      "President Lena Marwick Ortega spoke on Monday.",
      "Marwick Ortega said the talks would go on.",
    ].map((text, i) => ({ text, anchor: `p${i + 1}s1` }));
    const { forms } = mentionsByKind(sentences, NONE, head("Talks resume"));
    assert.ok(forms.includes("Lena Marwick Ortega") && forms.includes("Marwick Ortega"));
  });
});

describe("legal forms", () => {
  it("takes no company's legal form for an organisation", () =>
    assert.ok(!found("The deal with Arvena LLC was signed.").includes("organisation:LLC")));
});
