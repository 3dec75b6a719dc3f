/**
 * A Russian institution's regional branch is named by its region, and the region is part of the
 * name: `ГУ МЧС по Московской области`, `Следственное управление СК России по Свердловской
 * области`, `Управление ФСБ по Республике Татарстан`. After an institution's name, `по` and a
 * region in the dative continue it.
 */
import { fold } from "../../archive/language.ts";
import { isOrgWord } from "./kind-words.ts";
import { isAcronym } from "./name-key.ts";

/** Areas' words in the dative, which close a branch's region (`по Московской области`). */
const AREA_DATIVE = new Set(["области", "краю", "республике", "округу", "району"]);
/** A capitalised adjective in the dative (`Московской`, `Ставропольскому`, `Ханты-Мансийскому`). */
const CAPITAL_DATIVE = /^\p{Lu}[\p{Ll}-]+(?:ой|ей|ому|ему)$/u;
/** A lowercase adjective in the dative between them (`автономному`). */
const LOWER_DATIVE = /^\p{Ll}+(?:ой|ей|ому|ему)$/u;

/** True when `run` names an institution: one of its words is an institution's, or an acronym. */
function isInstitution(run: readonly string[]): boolean {
  return run.some((w) => {
    if (isAcronym(w) && /\p{Script=Cyrillic}/u.test(w)) return true;
    return isOrgWord(fold(w));
  });
}

/**
 * The index after a regional branch's region that continues `run` at `tokens[i]`
 * (`по Московской области`, `по Республике Татарстан`), or `i` when none does.
 */
export function regionalBranchEnd(
  tokens: readonly string[],
  i: number,
  run: readonly string[],
): number {
  if (tokens[i] !== "по" || !isInstitution(run)) return i;
  const first = tokens[i + 1] ?? "";
  // `по Республике Татарстан`: the area's word, then its name.
  if (first === "Республике" && /^\p{Lu}\p{Ll}/u.test(tokens[i + 2] ?? "")) return i + 3;
  if (!CAPITAL_DATIVE.test(first)) return i;
  for (let k = i + 2; k < i + 4; k++) {
    const w = tokens[k] ?? "";
    if (AREA_DATIVE.has(w)) return k + 1;
    if (!LOWER_DATIVE.test(w)) return i;
  }
  return i;
}
