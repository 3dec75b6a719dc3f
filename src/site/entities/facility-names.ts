/**
 * Names of streets, roads and buildings that start with a lowercase word: Russian and Spanish
 * write the kind of place in lowercase before its name (`в парке Горького`, `на улице Баумана`,
 * `la avenida del Puerto`), and roads go by a code (`the A511`, `la autovía A-3`, `трасса М-5`).
 */
import { fold } from "../../archive/language.ts";
import { NOT_NAMES } from "./lexicon.ts";
import { russianNominatives } from "./name-key.ts";

/** Lowercase kinds of place that open a name, folded, Russian in the nominative. */
const KINDS = new Set(
  `calle avenida plaza paseo ronda estadio aeropuerto palacio museo catedral puente parque
  улица проспект площадь переулок бульвар шоссе набережная аэропорт стадион дворец музей парк
  сквер храм собор мечеть монастырь космодром вокзал мост`.split(/\s+/),
);
/** Particles between the kind and the name (`avenida del Puerto`, `plaza de la Virgen`). */
const LINKS = new Set(["de", "del", "la", "las", "los"]);
/** A road's code: a letter or two and a number (`A511`, `M1`, `A-3`, `М-5`, `N-340`). */
const ROAD_CODE = /^(?:[ABEIMN]|[АМРЕ])-?\d{1,4}$/u;
/** Words for a road, around its code (`the M1 motorway`, `la autovía A-3`, `трассе М-5`). */
const ROAD_WORDS = new Set(
  `road motorway highway carretera autovia autopista трасса шоссе дорога`.split(" "),
);

/** True for a lowercase word naming a kind of place, in any case (`улице`, `парке`, `avenida`). */
export function isPlaceKind(word: string): boolean {
  // Asked of the token before every name, often a mark: ASCII other than `a`–`z` is no kind.
  const c = word.charCodeAt(0);
  if ((c < 128 && (c < 97 || c > 122)) || !/^\p{Ll}/u.test(word)) return false;
  const f = fold(word);
  return (
    KINDS.has(f) ||
    (/^\p{Script=Cyrillic}/u.test(f) && russianNominatives(f).some((n) => KINDS.has(n)))
  );
}

/**
 * Where a name that starts at `tokens[start]` really starts: at the lowercase kind of place
 * before it (with a particle between: `avenida del Puerto`), or `start`.
 */
export function facilityStart(tokens: readonly string[], start: number): number {
  const prev = tokens[start - 1] ?? "";
  if (isPlaceKind(prev)) return start - 1;
  if (LINKS.has(prev) && isPlaceKind(tokens[start - 2] ?? "")) return start - 2;
  if (LINKS.has(prev) && LINKS.has(tokens[start - 2] ?? "") && isPlaceKind(tokens[start - 3] ?? ""))
    return start - 3;
  return start;
}

/** True for a word shaped like a road's code (`A511`, `М-5`); `isRoadCode` asks its context. */
export function isRoadCodeWord(word: string): boolean {
  return ROAD_CODE.test(word);
}

/**
 * True when `tokens[i]` is a road's code: after a road's word or `the`, or before a road's
 * word, and not before a lowercase noun (`the M1 chip`).
 */
export function isRoadCode(tokens: readonly string[], i: number): boolean {
  const t = tokens[i]!;
  // Asked of every lowercase word: one starting with `a`–`z` is no code, without the regex.
  const c = t.charCodeAt(0);
  if ((c >= 97 && c <= 122) || !ROAD_CODE.test(t)) return false;
  const prev = fold(tokens[i - 1] ?? "");
  const next = tokens[i + 1] ?? "";
  if (ROAD_WORDS.has(fold(next)) || russianNominatives(prev).some((n) => ROAD_WORDS.has(n)))
    return true;
  if (ROAD_WORDS.has(prev)) return true;
  return prev === "the" && (!/^\p{Ll}/u.test(next) || NOT_NAMES.has(fold(next)));
}

/**
 * The index after a road's quoted name that follows its code (`М-5 «Урал»`, `М-4 «Дон»`), or
 * `i`: the quoted name is part of the road's, not a place of its own (the Urals, the Don).
 */
export function roadNameEnd(tokens: readonly string[], start: number, i: number): number {
  if (i !== start + 1 || tokens[i] !== "«" || tokens[i + 2] !== "»") return i;
  return isRoadCode(tokens, start) && /^\p{Lu}/u.test(tokens[i + 1] ?? "") ? i + 3 : i;
}
