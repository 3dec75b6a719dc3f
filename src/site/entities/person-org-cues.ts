/**
 * The words around a run that say it names a person (a title, an apposition's role, a verb of
 * speech) or an organisation (`told Reuters`, `according to Greenpeace`, `сообщает Интерфакс`).
 */
import { ORG_CUES_BEFORE, ROLE_NOUNS, SPEECH_VERBS, TITLES } from "./lexicon.ts";
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

/**
 * True when the words around a one-word run say it is an organisation: `told Reuters`, `at
 * Nvidia`, `according to Greenpeace`, `según Reuters`, `сообщает Интерфакс`, or `Ofsted said`
 * inside a sentence (a person's lone surname joins their full name before this is asked).
 */
export function orgCue(s: NameSpan): boolean {
  const [prev2, prev] = s.before.slice(-2);
  if (prev === "to" || prev === "данным") return prev2 === "according" || prev2 === "по";
  if (prev !== undefined && ORG_CUES_BEFORE.has(prev)) return true;
  return !s.initial && !s.title.length && SPEECH_VERBS.has(s.after[0] ?? "");
}
