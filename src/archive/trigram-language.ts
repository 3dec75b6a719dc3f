/**
 * franc-min's answer (`franc(text, { minLength })`: the ISO 639-3 code, `und` when unknown), at a
 * fraction of its cost. franc compares a text's trigram counts with each language's trigram
 * ranks, looking every trigram up in every language's model (60 lookups a trigram for Latin
 * script); here each script's models are turned once into one index from a trigram to the
 * languages that rank it, so a trigram is looked up once. The arithmetic is franc's own (integer
 * sums, the first language of least distance wins, as franc's stable sort gives), with franc's
 * models and script expressions, so the answer is the same code for every text.
 */
import { data } from "franc-min/data.js";
import { expressions } from "franc-min/expressions.js";

/** franc's longest sample: the text is cut there. */
const MAX_LENGTH = 2048;
/** What franc adds for a trigram a language's model lacks. */
const MAX_DIFFERENCE = 300;

/** One script's models: its languages in franc's order, and per trigram the languages ranking it. */
interface ScriptIndex {
  languages: string[];
  /** Trigram → pairs of (language index, rank), flat. */
  ranks: Map<string, number[]>;
}

const indexes = new Map<string, ScriptIndex>();

/** The index of a script franc has models for (built on first use). */
function scriptIndex(script: string): ScriptIndex {
  const known = indexes.get(script);
  if (known) return known;
  const models = data[script]!;
  const languages = Object.keys(models);
  const ranks = new Map<string, number[]>();
  languages.forEach((name, l) => {
    // franc keeps a trigram's first rank when a model lists it twice.
    const seen = new Set<string>();
    models[name]!.split("|").forEach((trigram, rank) => {
      if (seen.has(trigram)) return;
      seen.add(trigram);
      const list = ranks.get(trigram);
      if (list) list.push(l, rank);
      else ranks.set(trigram, [l, rank]);
    });
  });
  const made = { languages, ranks };
  indexes.set(script, made);
  return made;
}

/** The script whose expression matches most of the text, first of equals (franc's `getTopScript`). */
function topScript(text: string): { script: string | undefined; share: number } {
  let script: string | undefined;
  let share = -1;
  for (const [name, expression] of Object.entries(expressions)) {
    const count = (text.match(expression)?.length ?? 0) / text.length || 0;
    if (count > share) {
      share = count;
      script = name;
    }
  }
  return { script, share };
}

/** Each trigram's count in the text, as trigram-utils cleans and pads it for franc. */
function trigramCounts(text: string): Map<string, number> {
  const cleaned = ` ${text
    .replace(/[\u0021-\u0040]+/g, " ")
    .replace(/\s+/g, " ")
    .trim()
    .toLowerCase()} `;
  const counts = new Map<string, number>();
  for (let i = 0; i + 3 <= cleaned.length; i++) {
    const trigram = cleaned.slice(i, i + 3);
    counts.set(trigram, (counts.get(trigram) ?? 0) + 1);
  }
  return counts;
}

/** The ISO 639-3 code of the text's language as franc-min names it, `und` when it cannot tell. */
export function trigramLanguage(value: string, minLength: number): string {
  if (!value || value.length < minLength) return "und";
  const text = value.slice(0, MAX_LENGTH);
  const { script, share } = topScript(text);
  if (!script || !(script in data)) return !script || share === 0 ? "und" : script;
  const { languages, ranks } = scriptIndex(script);
  const counts = trigramCounts(text);
  // Every trigram starts as missing from every model; the models that rank it are then corrected.
  const distances = new Array<number>(languages.length).fill(counts.size * MAX_DIFFERENCE);
  for (const [trigram, count] of counts) {
    const list = ranks.get(trigram);
    if (!list) continue;
    for (let k = 0; k < list.length; k += 2)
      distances[list[k]!]! += Math.abs(count - list[k + 1]! - 1) - MAX_DIFFERENCE;
  }
  let best = 0;
  for (let l = 1; l < languages.length; l++) if (distances[l]! < distances[best]!) best = l;
  return languages[best] ?? "und";
}
