/**
 * trigram-language.ts answers as franc-min does, from franc-min's own models (a faster index of
 * them): this fails if a new franc-min changes its models or its arithmetic.
 */
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, it } from "node:test";
import { franc } from "franc-min";
import { trigramLanguage } from "../../src/archive/trigram-language.ts";

const RAW = "tests/fixtures/raw";

/** Samples in many languages and scripts: each fixture's lines, joined runs of them, and edge cases. */
function samples(): string[] {
  const out = [
    "",
    "12345 67890 2024",
    "Der Stadtrat hat am Dienstag beschlossen, dass die Straße erneuert wird.",
    "Le conseil municipal a décidé mardi de rénover la rue principale du village.",
    "O conselho municipal decidiu na terça-feira renovar a rua principal da cidade.",
    "Il consiglio comunale ha deciso martedì di rinnovare la strada principale.",
    "Рада міста вирішила у вівторок відремонтувати головну вулицю селища.",
    "市议会周二决定翻修这座城市的主要街道，工程将于明年开始。",
    "市議会は火曜日、町の大通りを改修することを決めました。",
    "قرر المجلس البلدي يوم الثلاثاء تجديد الشارع الرئيسي في المدينة",
    "Η δημοτική επιτροπή αποφάσισε την Τρίτη να ανακαινίσει τον κεντρικό δρόμο.",
    "नगर परिषद ने मंगलवार को शहर की मुख्य सड़क की मरम्मत का फैसला किया।",
    "İstanbul Büyükşehir Belediyesi salı günü ana caddeyi yenileme kararı aldı.",
  ];
  for (const name of readdirSync(RAW).filter((f) => f.endsWith(".txt"))) {
    const lines = readFileSync(join(RAW, name), "utf8").split("\n");
    out.push(...lines.filter((l) => l.length >= 20));
    for (let i = 0; i < lines.length; i += 7) out.push(lines.slice(i, i + 7).join("\n"));
  }
  return out;
}

describe("trigramLanguage", () => {
  it("names the language franc-min names, for every sample and both lengths the parser uses", () => {
    const all = samples();
    assert.ok(all.length > 500);
    for (const text of all)
      for (const minLength of [10, 20])
        assert.equal(trigramLanguage(text, minLength), franc(text, { minLength }), text);
  });
});
