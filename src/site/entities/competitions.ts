/**
 * A competition, a festival or a prize is an event, not a person, place or organisation: `World
 * Cup`, `Madrid Open`, `Champions League`, `Copa del Rey`, `Кубок Гагарина`, `Nobel Prize`. Its
 * name looks like a body's (and holds a place's: `Italian Open`), so it is recognised by its shape
 * and left out. `League` counts only after a sport's word (`Premier League`), since a league may
 * be a body (`Arab League`, `Awami League`).
 */
import { fold } from "../../archive/language.ts";
import { isEventWord } from "./kind-words.ts";

/** Words before `League` that make it a sporting one. */
const SPORTING_LEAGUE = new Set(
  `premier champions europa conference nations super rugby football hockey basketball baseball
  national major`.split(/\s+/),
);
/** `Liga de Campeones`, `Liga Europa`, `Лига чемпионов`: a league's name that is a competition's. */
const LEAGUE_OF = /^(?:liga (?:de campeones|europa|de (?:las )?naciones)|лиг[аиеу] чемпионов)/u;

/** True when the words of a name (two or more) are an event's: a competition, festival or prize. */
export function isEventName(words: readonly string[]): boolean {
  if (words.length < 2) return false;
  const last = words[words.length - 1]!;
  if (isEventWord(words[0]!) || isEventWord(last) || last === "Open") return true;
  const f = words.map(fold);
  if (f[f.length - 1] === "league" && SPORTING_LEAGUE.has(f[f.length - 2]!)) return true;
  return LEAGUE_OF.test(f.join(" "));
}
