/**
 * Names the gazetteer lacks: capitalised word sequences (two to four words, or one long word)
 * that recur across the archive and match no person, place or known phrase. `npm run check`
 * lists the most frequent so an editor can add them to people.json or places.json.
 */
import { fold, MONTHS, WEEKDAYS } from "../archive/language.ts";
import type { ArticleRecord } from "../archive/types.ts";
import type { Gazetteer } from "./gazetteer.ts";
import { splitSentences } from "./sentences.ts";

/** Capitalised words that start sentences or are not names on their own. */
const COMMON = new Set(
  "The A An In On At By For From To Of And But Or As It Its This That These Those He She They We His Her Their Our After Before During While When Where Since According However Also Now Then There Here Both Such Many Some Several Other Another First Last New Former Russian Cuban American Soviet Latin US UN El La Los Las Un Una Por Para Con Según Además".split(
    " ",
  ),
);

/** Lowercase words that may stand inside a name. */
const PARTICLES = new Set(["of", "de", "del", "la", "las", "los", "y", "and", "the"]);

/** The most frequent unknown names with their counts (at least `min` mentions), most frequent first. */
export function unknownNames(
  records: readonly ArticleRecord[],
  gazetteers: readonly Gazetteer[],
  limit = 20,
  min = 2,
): { name: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const r of records) {
    for (const p of r.paragraphs) {
      for (const sentence of splitSentences(p.text)) {
        const words = sentence.split(/\s+/);
        for (let i = 0; i < words.length; i++) {
          const run: string[] = [];
          // A run of capitalised words, with `of`/`de`/`la` between them (`Island of Freedom`).
          while (
            i < words.length &&
            (/^[\p{Lu}][\p{L}'’-]+[,.;:]?$/u.test(words[i]!) ||
              (run.length > 0 && PARTICLES.has(words[i]!) && /^\p{Lu}/u.test(words[i + 1] ?? "")))
          ) {
            const clean = words[i]!.replace(/[,.;:]$/, "");
            run.push(clean);
            if (/[,.;:]$/.test(words[i]!)) break;
            i++;
          }
          const name = run
            .filter(
              (w, k) =>
                !(k === 0 && COMMON.has(w)) && !MONTHS.has(fold(w)) && !WEEKDAYS.has(fold(w)),
            )
            .join(" ");
          if (!name || (run.length === 1 && name.length < 5) || COMMON.has(name)) continue;
          if (gazetteers.some((g) => g.known.find(name).length > 0)) continue;
          counts.set(name, (counts.get(name) ?? 0) + 1);
        }
      }
    }
  }
  return [...counts]
    .filter(([, n]) => n >= min)
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, limit)
    .map(([name, count]) => ({ name, count }));
}
