/**
 * Finding words and phrases in text the way readers expect: case- and accent-insensitive
 * (`Rodriguez` finds `Rodríguez`), on word boundaries, with `*` for any ending (`sanction*`).
 * Many lists of phrases compile into one regular expression, so a text is scanned once.
 */
import { fold } from "../archive/language.ts";

/** A hit: which phrase (as written in its list), from which list, where in the folded text. */
export interface PhraseHit {
  /** The phrase as listed. */
  phrase: string;
  /** Index of the list it belongs to. */
  group: number;
  /** Offset in the folded text. */
  index: number;
}

/** A compiled matcher. */
export interface PhraseMatcher {
  /** Every phrase found in the text. */
  find(text: string): PhraseHit[];
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const norm = (p: string): string => fold(p).replace(/\s+/g, " ").trim();

/** Compiles several phrase lists into one matcher; a hit says which list it came from. */
export function compilePhraseGroups(groups: readonly (readonly string[])[]): PhraseMatcher {
  const exact = new Map<string, { phrase: string; group: number }[]>();
  const wild: { stem: string; phrase: string; group: number }[] = [];
  groups.forEach((phrases, group) => {
    for (const p of phrases) {
      const f = norm(p);
      if (f.endsWith("*")) wild.push({ stem: f.slice(0, -1), phrase: p, group });
      else exact.set(f, [...(exact.get(f) ?? []), { phrase: p, group }]);
    }
  });
  const parts = [...exact.keys(), ...wild.map((w) => `${w.stem}*`)]
    .sort((a, b) => b.length - a.length)
    .map((p) =>
      (p.endsWith("*") ? `${escape(p.slice(0, -1))}[\\p{L}\\p{N}-]*` : escape(p)).replace(
        / /g,
        "\\s+",
      ),
    );
  if (parts.length === 0) return { find: () => [] };
  const re = new RegExp(
    `(?<![\\p{L}\\p{N}])(?:${[...new Set(parts)].join("|")})(?![\\p{L}\\p{N}])`,
    "gu",
  );
  return {
    find(text: string): PhraseHit[] {
      const out: PhraseHit[] = [];
      for (const m of fold(text).matchAll(re)) {
        const hit = m[0].replace(/\s+/g, " ");
        const owners = exact.get(hit) ?? wild.filter((w) => hit.startsWith(w.stem));
        for (const o of owners) out.push({ phrase: o.phrase, group: o.group, index: m.index });
      }
      return out;
    },
  };
}

/** Compiles one list of phrases. */
export function compilePhrases(phrases: readonly string[]): PhraseMatcher {
  return compilePhraseGroups([phrases]);
}
