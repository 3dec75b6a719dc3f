import assert from "node:assert/strict";
import { describe, it } from "node:test";
import {
  CANDIDATES_PER_ARTICLE,
  phraseCandidates,
} from "../../../src/site/tags/phrase-candidates.ts";
import { decodePhrases, encodePhrases } from "../../../src/site/tags/phrase-codec.ts";
import { foldWord, wordKey } from "../../../src/site/tags/phrase-words.ts";

const HEADLINE = "Council votes to widen cycle lanes on the toll bridge";
const BODY = [
  "The council voted on 4 March 2025 to widen the cycle lanes on the toll bridge, at a cost of 12 million pounds.",
  "Councillor Maria Oduya said the cycle lanes were too narrow for cargo bikes. Maria Oduya chairs the transport committee.",
  "The prime minister praised the plan. The prime minister also visited the toll bridge in 2023.",
  "Cyclists have long asked for a wider cycle lane, and cargo bikes are now common. Shopkeepers fear losing parking.",
];

const candidates = phraseCandidates(HEADLINE, BODY, "en", ["Maria Oduya"]);
const byKey = new Map(candidates.candidates.map((c) => [c.key, c]));

describe("phraseCandidates", () => {
  it("counts a phrase in the headline and the body, plural and singular as one", () => {
    const lanes = byKey.get("cycle lane");
    assert.ok(lanes, [...byKey.keys()].join(", "));
    assert.equal(lanes.count, 4);
    assert.equal(lanes.inHeadline, true);
    assert.equal(lanes.name, "cycle lanes");
    assert.equal(lanes.first, 4);
  });
  it("keeps phrases of up to three words that occur at least twice", () => {
    assert.equal(byKey.get("toll bridge")?.count, 3);
    assert.equal(byKey.get("cargo bike")?.count, 2);
    assert.ok(!byKey.has("shopkeeper"), "said once");
    assert.ok(candidates.candidates.every((c) => c.key.split(" ").length <= 3));
  });
  it("leaves out names found, numbers, dates and units", () => {
    for (const c of candidates.candidates) {
      assert.doesNotMatch(c.key, /\d/, c.key);
      assert.doesNotMatch(c.key, /maria|oduya|march|million/, c.key);
    }
  });
  it("leaves out a word derived from a name found, but not a phrase it begins", () => {
    const { candidates: found } = phraseCandidates(
      "Cuban ministers visit Cuba",
      ["Cuban ministers met in Havana. The Cuban ministers spoke of trade. Cuba buys grain."],
      "en",
      ["Cuba", "Havana"],
    );
    const keys = found.map((c) => c.key);
    assert.ok(!keys.includes("cuban"), keys.join(", "));
    assert.ok(keys.includes("cuban minister"), keys.join(", "));
  });
  it("leaves out a span that never occurs outside a longer phrase", () => {
    assert.equal(byKey.get("prime minister")?.count, 2);
    assert.ok(!byKey.has("prime"));
    assert.ok(!byKey.has("minister"));
  });
  it(`puts the most salient first, at most ${CANDIDATES_PER_ARTICLE}`, () => {
    assert.ok(candidates.candidates.length <= CANDIDATES_PER_ARTICLE);
    assert.equal(candidates.candidates[0]!.key, "cycle lane");
    assert.equal(candidates.headlineWords, 10);
  });
  it("reads Spanish and Russian with their stopwords and word forms", () => {
    const es = phraseCandidates(
      "Las elecciones municipales se celebran en mayo",
      [
        "Los partidos preparan las elecciones municipales. La elección municipal decide los alcaldes.",
      ],
      "es",
      [],
    );
    assert.equal(es.candidates.find((c) => c.key === "eleccion municipal")?.count, 3);
    const ru = phraseCandidates(
      "Итоги выборов в городской совет",
      ["На выборах в городской совет победили независимые кандидаты. Выборы прошли спокойно."],
      "ru",
      [],
    );
    assert.equal(ru.candidates.find((c) => c.key === wordKey("выборов", "ru"))?.count, 3);
    const council = `${wordKey(foldWord("городской"), "ru")} ${wordKey("совет", "ru")}`;
    assert.equal(ru.candidates.find((c) => c.key === council)?.count, 2);
  });
  it("survives the round trip through the facts' string", () => {
    const encoded = encodePhrases(candidates.candidates, candidates.headlineWords);
    assert.deepEqual(decodePhrases(encoded), candidates);
  });
});
