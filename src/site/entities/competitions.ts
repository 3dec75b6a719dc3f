/**
 * A sporting competition is an event, not a person, place or organisation: `World Cup`, `Madrid
 * Open`, `Champions League`, `Copa del Rey`, `Кубок Гагарина`. Its name looks like a body's (and
 * holds a place's: `Italian Open`), so it is recognised by its shape and left out. `League` counts
 * only after a sport's word (`Premier League`, `Champions League`), since a league may be a body
 * (`Arab League`, `Awami League`).
 */
import { fold } from "../../archive/language.ts";

/** Last words of a competition's name in English. */
const LAST = new Set(["cup", "open", "championship", "championships", "trophy", "prix"]);
/** Words before `League` that make it a sporting one. */
const SPORTING_LEAGUE = new Set(
  `premier champions europa conference nations super rugby football hockey basketball baseball
  national major`.split(/\s+/),
);
/** First words of a competition's name in Spanish and Russian (any case). */
const FIRST =
  /^(?:copa|кубок|кубка|кубке|кубку|чемпионат|чемпионата|чемпионате|первенство|первенства)$/u;
/** `Liga de Campeones`, `Liga Europa`, `Лига чемпионов`: a league's name that is a competition's. */
const LEAGUE_OF =
  /^(?:liga (?:de campeones|europa|de (?:las )?naciones)|лига чемпионов|лиги чемпионов|лиге чемпионов)/u;

/** True when the words of a name are a sporting competition's. */
export function isCompetition(words: readonly string[]): boolean {
  if (words.length < 2) return false;
  const f = words.map(fold);
  const last = f[f.length - 1]!;
  if (LAST.has(last) && /^\p{Lu}/u.test(words[words.length - 1]!)) return true;
  if (last === "league" && SPORTING_LEAGUE.has(f[f.length - 2]!)) return true;
  return FIRST.test(f[0]!) || LEAGUE_OF.test(f.join(" "));
}
