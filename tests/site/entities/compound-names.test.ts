/** Name discovery (issue 16): names with `and` or a list, lowercase Russian institutions, roads' quoted names, titles inside names. */
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { found } from "./found-entities.ts";

describe("names holding `and` or a list", () => {
  it("joins a ministry's remit listed with commas", () =>
    assert.ok(
      found("The Department for Science, Innovation and Technology said on Monday.").includes(
        "organisation:Department for Science, Innovation and Technology",
      ),
    ));
  it("joins a ministry's remit of two parts", () =>
    assert.ok(
      found("Officials at the Department of Health and Social Care said so.").includes(
        "organisation:Department of Health and Social Care",
      ),
    ));
  it("joins a school's field of two parts, but not two universities named by towns", () => {
    assert.ok(
      found(
        "Researchers at the Institute of Archaeology and Ancient History said on Friday.",
      ).includes("organisation:Institute of Archaeology and Ancient History"),
    );
    assert.ok(
      !found("Staff from the University of Bristol and Oxford Brookes met on Friday.").some((e) =>
        e.includes(" and "),
      ),
    );
  });
  it("joins a Spanish body's name over `en`, but not a name and a place", () => {
    assert.ok(
      found("La denuncia de Vecinos en Marcha fue admitida por el juez.").includes(
        "organisation:Vecinos en Marcha",
      ),
    );
    assert.ok(!found("Ganó Alcaraz en Madrid el domingo.").some((e) => e.includes(" en ")));
  });
  it("reads Spanish public bodies' words: civil protection, a university hospital", () => {
    assert.ok(
      found("Según Protección Civil, el calor seguirá.").includes("organisation:Protección Civil"),
    );
    assert.ok(
      found(
        "Los heridos fueron trasladados al Complejo Hospitalario Universitario de Vigo.",
      ).includes("organisation:Complejo Hospitalario Universitario de Vigo"),
    );
  });
  it("joins a word, `and`, and words ending in an institution's", () =>
    assert.ok(
      found("Inspectors from the Fish and Wildlife Service visited.").includes(
        "organisation:Fish and Wildlife Service",
      ),
    ));
  it("keeps two names in a list apart", () => {
    const names = found("He met officials from Spain and Deutsche Bank in the morning.");
    assert.ok(!names.some((n) => n.includes("Spain and")));
  });
});

describe("Russian institutions named in lowercase", () => {
  it("takes a patron's name after `имени`", () =>
    assert.ok(
      found("Пациентов приняли в областной клинической больнице имени Семашко.").includes(
        "organisation:областной клинической больнице имени Семашко",
      ),
    ));
  it("takes a number after `№`", () =>
    assert.ok(
      found("Прививки делают в городской клинической больнице №1 с понедельника.").includes(
        "organisation:городской клинической больнице №1",
      ),
    ));
  it("leaves a town's adjective outside the name", () =>
    assert.ok(
      found("Учитель чебоксарской школы № 59 стал победителем.").includes(
        "organisation:школы № 59",
      ),
    ));
});

describe("roads, areas and titles", () => {
  it("reads a road's quoted name as part of the road, not a place", () => {
    const names = found("Движение по трассе М-5 «Урал» ограничат с пятницы.");
    assert.ok(names.includes("place:М-5"));
    assert.ok(!names.some((n) => n.includes("Ural")));
  });
  it("reads an area after a title as a place, not a person", () => {
    const names = found("Губернатор Рязанской области Павел Малков поручил проверить мост.");
    assert.ok(!names.includes("person:Рязанской области"));
  });
  it("keeps a title followed by a particle inside the name", () =>
    assert.ok(
      !found("La cooperativa Nuestra Señora de los Remedios firmó el contrato.").some((n) =>
        n.startsWith("person:"),
      ),
    ));
  it("reads a clipped `Гос` compound as an agency", () =>
    assert.ok(
      found("Губернатор поручил Госавтоинспекции усилить контроль.").includes(
        "organisation:Госавтоинспекции",
      ),
    ));
  it("reads a firm after `shares in`", () =>
    assert.ok(found("Shares in rival Aviva rose 1% in London.").includes("organisation:Aviva")));
});
