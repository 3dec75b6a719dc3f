import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { parseDateline } from "../../src/archive/dateline.ts";
import type { Language } from "../../src/archive/types.ts";

const cases: [string, Language, string | null, string | null][] = [
  ["MOSCOW, May 8. /TASS/: Russian and Cuban", "en", "Moscow", "TASS"],
  ["Havana, February 19 (RHC) -- Cuba and Russia", "en", "Havana", "Radio Habana Cuba"],
  ["HAVANA (Sputnik) – Russia and Cuba share", "en", "Havana", "Sputnik"],
  ["KYIV, Ukraine, March 3 (Reuters) - Text", "en", "Kyiv, Ukraine", "Reuters"],
  ["BEND, Ore. (AP) — A wildfire", "en", "Bend, Ore.", "Associated Press"],
  ["RIO DE JANEIRO, March 3, 2024 (Reuters) - x", "en", "Rio de Janeiro", "Reuters"],
  ["La Habana, 19 feb (EFE).- El", "es", "La Habana", "EFE"],
  ["МОСКВА, 12 июл — РИА Новости. Текст", "ru", "Москва", "RIA Novosti"],
  ["Москва. 12 июля. INTERFAX.RU - Текст", "ru", "Москва", "Interfax"],
  ["Washington CNN — The panel", "en", "Washington", "CNN"],
  ["Doha, Qatar – Tomas Novak", "en", "Doha, Qatar", null],
  ["MOSCOW — The Kremlin said", "en", "Moscow", null],
  ["La Habana, 19 de febrero.— El", "es", "La Habana", null],
  ["LEEDS/YORK, Nov 12 (PA) - Flood", "en", "Leeds/York", "PA Media"],
  ["NEW DELHI, March 3 (PTI) - Text", "en", "New Delhi", "Press Trust of India"],
  ["Lavrov, who visited (AP) said", "en", null, null],
  ["Lavrov, Shoigu – both said", "en", null, null],
  [
    "Russia wants to actively promote military and economy ties with Cuba, Russian Foreign",
    "en",
    null,
    null,
  ],
];

describe("parseDateline", () => {
  for (const [line, lang, place, outlet] of cases) {
    it(`${line.slice(0, 40)} → ${place} / ${outlet}`, () => {
      const d = parseDateline(line, lang);
      assert.equal(d?.place ?? null, place);
      assert.equal(d?.outlet?.name ?? null, outlet);
    });
  }
});
