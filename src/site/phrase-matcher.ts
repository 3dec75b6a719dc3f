/**
 * Finding words and phrases in text the way readers expect: case- and accent-insensitive
 * (`Rodriguez` finds `Rodríguez`), on word boundaries, with `*` for any ending (`sanction*`).
 */
import { fold } from "../archive/language.ts";

/** A compiled matcher for a list of phrases. */
export interface PhraseMatcher {
  /** Every phrase found in the text, with the start offset of each hit in the folded text. */
  find(text: string): { phrase: string; index: number }[];
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** Compiles phrases into one regular expression (longest first, so `Bruno Rodríguez Parrilla` wins over `Bruno Rodríguez`). */
export function compilePhrases(phrases: readonly string[]): PhraseMatcher {
  const byFolded = new Map<string, string>();
  for (const p of phrases) byFolded.set(fold(p).replace(/\s+/g, " ").trim(), p);
  const parts = [...byFolded.keys()]
    .sort((a, b) => b.length - a.length)
    .map((p) =>
      (p.endsWith("*") ? `${escape(p.slice(0, -1))}[\\p{L}\\p{N}-]*` : escape(p)).replace(
        / /g,
        "\\s+",
      ),
    );
  if (parts.length === 0) return { find: () => [] };
  const re = new RegExp(`(?<![\\p{L}\\p{N}])(?:${parts.join("|")})(?![\\p{L}\\p{N}])`, "gu");
  const wild = [...byFolded.entries()].filter(([k]) => k.endsWith("*"));
  return {
    find(text: string): { phrase: string; index: number }[] {
      const folded = fold(text);
      const out: { phrase: string; index: number }[] = [];
      for (const m of folded.matchAll(re)) {
        const hit = m[0].replace(/\s+/g, " ");
        const phrase =
          byFolded.get(hit) ?? wild.find(([k]) => hit.startsWith(k.slice(0, -1)))?.[1] ?? hit;
        out.push({ phrase, index: m.index });
      }
      return out;
    },
  };
}
