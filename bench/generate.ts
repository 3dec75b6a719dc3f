/**
 * Synthetic raw article files like the seeds, for benchmarks: a headline, page chrome (share
 * buttons, credits, teasers, comment forms, cookie banners), datelines of several outlets, date
 * stamps in several forms over 30 years, some front matter, and bodies drawn from a large
 * vocabulary with a Zipf-like word-frequency spread. Fixed random seed: the same files every time.
 *
 *   tsx bench/generate.ts COUNT DIR [SEED]
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { MONTH_NAMES } from "../src/site/format-date.ts";

/** A small deterministic PRNG (mulberry32). */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FUNCTION_WORDS =
  "the of and to in a that for on with as by at from is was were has have said its their which this will it be an are after over into than also had about against between more new".split(
    " ",
  );
const PEOPLE = [
  "Sergey Lavrov",
  "Bruno Rodríguez Parrilla",
  "Miguel Díaz-Canel",
  "Vladimir Putin",
  "Raúl Castro",
  "Sergei Shoigu",
  "Donald Trump",
  "Barack Obama",
  "Dmitry Medvedev",
  "Nicolás Maduro",
];
const PLACES = [
  "Havana",
  "Moscow",
  "Washington",
  "Caracas",
  "Managua",
  "Beijing",
  "Cuba",
  "Russia",
  "Venezuela",
  "Nicaragua",
  "Latin America",
];
const THEME_WORDS = [
  "blockade",
  "embargo",
  "sanctions",
  "visit",
  "talks",
  "military",
  "naval",
  "trade",
  "energy",
  "oil",
  "investment",
  "anniversary",
  "revolution",
  "Soviet",
  "security",
  "railway",
  "tourism",
  "loan",
];
const MONTHS = MONTH_NAMES;
const SYLLABLES =
  "ka ri to mal ven sor pel tan dri com vra lek nor sut bel gar mon pri cas tel dor fan ver lun pas ort ren sil zan bro kit".split(
    " ",
  );

/** Page chrome that some articles have above their headline. */
export const SECTION_LABELS = ["Image default", "News Politics", "World"] as const;

/** Generates `count` article files into `dir`. Returns the file names. */
export function generate(count: number, dir: string, seed = 20261123): string[] {
  const rnd = random(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)]!;
  const int = (lo: number, hi: number): number => lo + Math.floor(rnd() * (hi - lo + 1));
  // A large vocabulary of invented words; word k is drawn with probability ~ 1/(k+10) (Zipf-like).
  const vocabulary: string[] = [];
  const seen = new Set<string>();
  while (vocabulary.length < 40000) {
    const w = Array.from({ length: int(2, 4) }, () => pick(SYLLABLES)).join("");
    if (!seen.has(w)) {
      seen.add(w);
      vocabulary.push(w);
    }
  }
  const harmonic = Math.log(vocabulary.length + 10) - Math.log(10);
  const zipf = (): string =>
    vocabulary[Math.min(vocabulary.length - 1, Math.floor(10 * Math.exp(rnd() * harmonic) - 10))]!;
  const word = (): string => {
    const r = rnd();
    if (r < 0.42) return pick(FUNCTION_WORDS);
    if (r < 0.47) return pick(THEME_WORDS);
    return zipf();
  };
  const sentence = (): string => {
    const words = Array.from({ length: int(12, 26) }, word);
    if (rnd() < 0.3) words.splice(int(0, words.length - 1), 0, pick(PEOPLE));
    if (rnd() < 0.3) words.splice(int(0, words.length - 1), 0, `in ${pick(PLACES)}`);
    if (rnd() < 0.08) words.push(`in ${pick(MONTHS)} ${int(1950, 1995)}`);
    const s = words.join(" ");
    return s.charAt(0).toUpperCase() + s.slice(1) + ".";
  };
  const paragraph = (): string => Array.from({ length: int(2, 4) }, sentence).join(" ");
  const usedHeadlines = new Set<string>();
  const headline = (): string => {
    for (;;) {
      const words = [
        pick(PLACES),
        ...Array.from({ length: int(5, 9) }, () => (rnd() < 0.3 ? pick(THEME_WORDS) : zipf())),
      ];
      const h = words.join(" ");
      const title = h.charAt(0).toUpperCase() + h.slice(1);
      if (!usedHeadlines.has(title)) {
        usedHeadlines.add(title);
        return title;
      }
    }
  };
  const OUTLETS: ((place: string, d: Date) => string)[] = [
    (p, d) => `${p.toUpperCase()}, ${MONTHS[d.getUTCMonth()]} ${d.getUTCDate()} (Reuters) - `,
    (p) => `${p.toUpperCase()} (AP) — `,
    (p, d) => `${p.toUpperCase()}, ${MONTHS[d.getUTCMonth()]} ${d.getUTCDate()}. /TASS/. `,
    (p, d) => `${p}, ${MONTHS[d.getUTCMonth()]} ${d.getUTCDate()} (RHC) -- `,
    (p) => `${p.toUpperCase()} (Sputnik) – `,
    (p, d) =>
      `${p.toUpperCase()}, ${MONTHS[d.getUTCMonth()]!.slice(0, 3)}. ${d.getUTCDate()} (Xinhua) -- `,
    () => "",
  ];
  const stamp = (d: Date): string => {
    const iso = d.toISOString().slice(0, 10);
    return pick([
      `${iso} ${String(int(0, 23)).padStart(2, "0")}:${String(int(0, 59)).padStart(2, "0")}:00`,
      `${MONTHS[d.getUTCMonth()]} ${d.getUTCDate()}, ${d.getUTCFullYear()}`,
      `Published: ${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`,
      `${String(d.getUTCDate()).padStart(2, "0")}.${String(d.getUTCMonth() + 1).padStart(2, "0")}.${d.getUTCFullYear()}`,
    ]);
  };
  const start = Date.UTC(1996, 0, 1);
  const span = Date.UTC(2025, 11, 31) - start;
  mkdirSync(dir, { recursive: true });
  const names: string[] = [];
  for (let i = 1; i <= count; i++) {
    const date = new Date(start + Math.floor(rnd() * span));
    const lines: string[] = [];
    const kind = rnd();
    if (kind < 0.15)
      lines.push(
        "---",
        `date: ${date.toISOString().slice(0, 10)}`,
        `source: ${pick(["TASS", "Reuters", "Prensa Latina", "Granma"])}`,
        "---",
      );
    if (rnd() < 0.2) lines.push(pick(SECTION_LABELS));
    lines.push(headline(), "");
    if (rnd() < 0.4) lines.push(`Editado por ${pick(["Ed Newman", "Ana Pérez", "Lorena Viñas"])}`);
    if (kind >= 0.15 && kind < 0.95) lines.push(stamp(date), "");
    if (rnd() < 0.5) lines.push("Facebook", "Twitter", "Telegram", "WhatsApp", "");
    if (rnd() < 0.3) lines.push(`Photo: ${pick(["Minrex", "Reuters", "AFP"])}`, "");
    const paragraphs = Array.from({ length: int(4, 10) }, paragraph);
    paragraphs[0] = pick(OUTLETS)(pick(PLACES), date) + paragraphs[0];
    for (const [k, p] of paragraphs.entries()) {
      lines.push((k === 2 && rnd() < 0.3 ? `inx960x640 ${int(1, 4)}` : "") + p, "");
      if (k === 3 && rnd() < 0.2)
        lines.push("Read also:", `${pick(PLACES)} ${zipf()} ${zipf()} ${pick(THEME_WORDS)}`, "");
    }
    if (rnd() < 0.4)
      lines.push(
        "Comentarios",
        "",
        "Deja un comentario",
        "Todos los campos son requeridos",
        "No será publicado",
      );
    if (rnd() < 0.3)
      lines.push(
        "",
        "By using our website you're confirming that you're happy to accept our use of cookies. OK Read more",
      );
    const name = `bench-${String(i).padStart(6, "0")}.txt`;
    writeFileSync(join(dir, name), lines.join("\n") + "\n");
    names.push(name);
  }
  return names;
}

if (process.argv[1]?.endsWith("generate.ts")) {
  const [count, dir, seed] = process.argv.slice(2);
  if (!count || !dir) {
    console.error("usage: tsx bench/generate.ts COUNT DIR [SEED]");
    process.exit(2);
  }
  const names = generate(Number(count), dir, seed ? Number(seed) : undefined);
  console.log(`wrote ${names.length} articles to ${dir}`);
}
