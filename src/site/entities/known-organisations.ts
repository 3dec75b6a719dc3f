/**
 * Widely known organisations that news names with no cue of their type: an article writes
 * `Gazprom said`, `a Tesco spokesman` or `según Inditex`, never `the company Gazprom`, so a name
 * finder cannot tell from the text that these are organisations. `known-organisations.txt` lists
 * them by sector, in English, Spanish and Russian forms. It leaves out names that are also
 * ordinary words, places or people's names (`Amazon`, `Apple`, `Shell`, `Ford`, `Iberia`), since
 * there the list would be wrong as often as right; sports clubs and political parties, which other
 * cues find; and short forms that are also other things (`AP` for Andhra Pradesh, `UN` for Spanish
 * `un`, `CGT` for capital gains tax, `BCE` for before the common era, `ING` for the title `Ing.`).
 * Read once per process, on first use.
 */
import { readFileSync } from "node:fs";
import { fold } from "../../archive/language.ts";

/** The listed names, folded; loaded on first use. */
let known: ReadonlySet<string> | undefined;

/** The listed names, folded, skipping blank lines and `#` comments. */
function knownNames(): ReadonlySet<string> {
  known ??= new Set(
    readFileSync(new URL("./known-organisations.txt", import.meta.url), "utf8")
      .split("\n")
      .map((line) => line.trim())
      .filter((line) => line !== "" && !line.startsWith("#"))
      .map(keyOf),
  );
  return known;
}

/** A name's key: folded, with straight apostrophes and single spaces (`Sainsbury’s`). */
function keyOf(name: string): string {
  return fold(name.trim().replace(/\s+/g, " ").replace(/[’‘]/g, "'"));
}

/**
 * True when `name` (a name as written, any case of accents) is a widely known organisation's
 * (known-organisations.txt).
 */
export function isKnownOrganisation(name: string): boolean {
  const names = knownNames();
  const key = keyOf(name);
  if (names.has(key)) return true;
  // An English possessive: `Tesco's profits` names Tesco.
  const bare = key.replace(/'s$/, "");
  return bare !== key && names.has(bare);
}
