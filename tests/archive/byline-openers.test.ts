/**
 * Bylines opened the German, Italian, French and Dutch way (`Von Julia Müller`, `Di Marco Rossi`,
 * `Par Jeanne Dupont`, `Door Eva de Vries`), and titles opening with the same words that are no
 * bylines.
 */
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { parseByline } from "../../src/archive/byline.ts";

describe("parseByline with European openers", () => {
  const bylines: [string, string][] = [
    ["Von Julia Müller", "Julia Müller"],
    ["von Tobias Brandt", "Tobias Brandt"],
    ["Di Marco Rossi", "Marco Rossi"],
    ["Par Jeanne Dupont", "Jeanne Dupont"],
    ["Door Eva de Vries", "Eva de Vries"],
  ];
  for (const [line, author] of bylines)
    it(`byline: ${line}`, () => assert.equal(parseByline(line)?.author, author));
  const titles = [
    "Von Sprachregeln, Gender-Politik und ganz normalem Deutsch",
    "Von der Quelle bis zur Mündung",
    "Di notte sul lago",
    "Par temps de pluie",
  ];
  for (const line of titles)
    it(`not a byline: ${line}`, () => assert.equal(parseByline(line), null));
});
