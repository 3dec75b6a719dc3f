/**
 * The words around a run that say it names a person (a title, an apposition's role, a verb of
 * speech) or an organisation (`told Reuters`, `according to Greenpeace`, `сообщает Интерфакс`).
 */
import { fold } from "../../archive/language.ts";
import { ORG_CUES_BEFORE, ORG_WORDS, ROLE_NOUNS, SPEECH_VERBS, TITLES } from "./lexicon.ts";
import type { NameSpan } from "./name-spans.ts";

/** True when the words around a run say it is a person. */
export function personCue(s: NameSpan): boolean {
  const prev = s.before[s.before.length - 1];
  return (
    s.title.length > 0 ||
    (s.commaBefore && s.before.some((w) => ROLE_NOUNS.has(w))) ||
    (prev !== undefined && (TITLES.has(prev) || SPEECH_VERBS.has(prev))) ||
    SPEECH_VERBS.has(s.after[0] ?? "") ||
    s.after[0] === "who" ||
    s.after[0] === "quien" ||
    s.after[0] === "который"
  );
}

/** Words that link an officer to the body (`of`, `de`). */
const OF = new Set(["of", "de", "del"]);
/** A firm's or a body's officers, before `of` and its name; not a town's (`mayor`, `alcalde`). */
const OFFICERS = new Set(
  `director directora executive ceo chairman chairwoman founder fundador fundadora presidente
  presidenta delegado portavoz spokesman spokeswoman spokesperson`.split(/\s+/),
);

/**
 * True when the words around a one-word run say it is an organisation: `told Reuters`, `at
 * Nvidia`, `according to Greenpeace`, `según Reuters`, `сообщает Интерфакс`, or `Ofsted said`
 * inside a sentence (a person's lone surname joins their full name before this is asked).
 */
export function orgCue(s: NameSpan): boolean {
  const n = s.before.length;
  const [prev3, prev2, prev] = [s.before[n - 3], s.before[n - 2], s.before[n - 1]];
  // `el director comercial de Iberia`, `chief executive of Hovis`: a firm's officer, of it; not
  // `presidente del Gobierno`, a lone institution's word capitalised by custom.
  const officer = [prev2, prev3].some((w) => OFFICERS.has(w ?? ""));
  if (prev !== undefined && OF.has(prev) && officer && !ORG_WORDS.has(fold(s.words[0]!)))
    return true;
  if (prev === "to" || prev === "данным") return prev2 === "according" || prev2 === "по";
  if (prev !== undefined && ORG_CUES_BEFORE.has(prev)) return true;
  return !s.initial && !s.title.length && SPEECH_VERBS.has(s.after[0] ?? "");
}
