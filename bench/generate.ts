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

/** One generated article as parts, so the text file and the saved page (generate-html.ts) state the same facts. */
export interface GeneratedArticle {
  /** File name without its ending, e.g. `bench-000001`. */
  name: string;
  /** The day it was published (also in its dateline, when that names a day). */
  date: Date;
  /** Front matter, when the file has it: the date (`YYYY-MM-DD`) and the outlet. */
  frontMatter: { date: string; source: string } | null;
  /** A section label above the headline (`World`), or null. */
  section: string | null;
  /** The headline. */
  headline: string;
  /** The name in the `Editado por` byline, or null. */
  editor: string | null;
  /** The date stamp as written under the headline, and its time of day (`HH:MM:SS`) when it has one. */
  stamp: { text: string; time: string | null } | null;
  /** Whether share buttons follow the stamp. */
  share: boolean;
  /** The photo credit's agency, or null. */
  photo: string | null;
  /** The outlet the first paragraph's dateline names (`Reuters`), or null when it has none. */
  outlet: string | null;
  /** The paragraphs, the dateline opening the first. */
  paragraphs: string[];
  /** Number of the image (`inx960x640 N`) before the third paragraph, or null. */
  image: number | null;
  /** The "Read also" teaser after the fourth paragraph, or null. */
  readAlso: string | null;
  /** Whether a comment form ends the page. */
  comments: boolean;
  /** Whether a cookie notice ends the page. */
  cookie: boolean;
}

/** Generates `count` articles as parts. The same seed gives the same articles. */
export function generateArticles(count: number, seed = 20261123): GeneratedArticle[] {
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
  const OUTLETS: { outlet: string | null; dateline: (place: string, d: Date) => string }[] = [
    {
      outlet: "Reuters",
      dateline: (p, d) =>
        `${p.toUpperCase()}, ${MONTHS[d.getUTCMonth()]} ${d.getUTCDate()} (Reuters) - `,
    },
    { outlet: "Associated Press", dateline: (p) => `${p.toUpperCase()} (AP) — ` },
    {
      outlet: "TASS",
      dateline: (p, d) =>
        `${p.toUpperCase()}, ${MONTHS[d.getUTCMonth()]} ${d.getUTCDate()}. /TASS/. `,
    },
    {
      outlet: "Radio Habana Cuba",
      dateline: (p, d) => `${p}, ${MONTHS[d.getUTCMonth()]} ${d.getUTCDate()} (RHC) -- `,
    },
    { outlet: "Sputnik", dateline: (p) => `${p.toUpperCase()} (Sputnik) – ` },
    {
      outlet: "Xinhua",
      dateline: (p, d) =>
        `${p.toUpperCase()}, ${MONTHS[d.getUTCMonth()]!.slice(0, 3)}. ${d.getUTCDate()} (Xinhua) -- `,
    },
    { outlet: null, dateline: () => "" },
  ];
  const stamp = (d: Date): { text: string; time: string | null } => {
    const iso = d.toISOString().slice(0, 10);
    const time = `${String(int(0, 23)).padStart(2, "0")}:${String(int(0, 59)).padStart(2, "0")}:00`;
    const forms = [
      { text: `${iso} ${time}`, time },
      { text: `${MONTHS[d.getUTCMonth()]} ${d.getUTCDate()}, ${d.getUTCFullYear()}`, time: null },
      {
        text: `Published: ${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`,
        time: null,
      },
      {
        text: `${String(d.getUTCDate()).padStart(2, "0")}.${String(d.getUTCMonth() + 1).padStart(2, "0")}.${d.getUTCFullYear()}`,
        time: null,
      },
    ];
    return pick(forms);
  };
  const start = Date.UTC(1996, 0, 1);
  const span = Date.UTC(2025, 11, 31) - start;
  const articles: GeneratedArticle[] = [];
  for (let i = 1; i <= count; i++) {
    const date = new Date(start + Math.floor(rnd() * span));
    const kind = rnd();
    const frontMatter =
      kind < 0.15
        ? {
            date: date.toISOString().slice(0, 10),
            source: pick(["TASS", "Reuters", "Prensa Latina", "Granma"]),
          }
        : null;
    const section = rnd() < 0.2 ? pick(SECTION_LABELS) : null;
    const title = headline();
    const editor = rnd() < 0.4 ? pick(["Ed Newman", "Ana Pérez", "Lorena Viñas"]) : null;
    const stamped = kind >= 0.15 && kind < 0.95 ? stamp(date) : null;
    const share = rnd() < 0.5;
    const photo = rnd() < 0.3 ? pick(["Minrex", "Reuters", "AFP"]) : null;
    const paragraphs = Array.from({ length: int(4, 10) }, paragraph);
    const outlet = pick(OUTLETS);
    paragraphs[0] = outlet.dateline(pick(PLACES), date) + paragraphs[0];
    let image: number | null = null;
    let readAlso: string | null = null;
    for (let k = 0; k < paragraphs.length; k++) {
      if (k === 2 && rnd() < 0.3) image = int(1, 4);
      if (k === 3 && rnd() < 0.2)
        readAlso = `${pick(PLACES)} ${zipf()} ${zipf()} ${pick(THEME_WORDS)}`;
    }
    const comments = rnd() < 0.4;
    const cookie = rnd() < 0.3;
    articles.push({
      name: `bench-${String(i).padStart(6, "0")}`,
      date,
      frontMatter,
      section,
      headline: title,
      editor,
      stamp: stamped,
      share,
      photo,
      outlet: outlet.outlet,
      paragraphs,
      image,
      readAlso,
      comments,
      cookie,
    });
  }
  return articles;
}

/** An article as the copied text of its page. */
export function articleText(a: GeneratedArticle): string {
  const lines: string[] = [];
  if (a.frontMatter)
    lines.push("---", `date: ${a.frontMatter.date}`, `source: ${a.frontMatter.source}`, "---");
  if (a.section) lines.push(a.section);
  lines.push(a.headline, "");
  if (a.editor) lines.push(`Editado por ${a.editor}`);
  if (a.stamp) lines.push(a.stamp.text, "");
  if (a.share) lines.push("Facebook", "Twitter", "Telegram", "WhatsApp", "");
  if (a.photo) lines.push(`Photo: ${a.photo}`, "");
  for (const [k, p] of a.paragraphs.entries()) {
    lines.push((k === 2 && a.image !== null ? `inx960x640 ${a.image}` : "") + p, "");
    if (k === 3 && a.readAlso) lines.push("Read also:", a.readAlso, "");
  }
  if (a.comments)
    lines.push(
      "Comentarios",
      "",
      "Deja un comentario",
      "Todos los campos son requeridos",
      "No será publicado",
    );
  if (a.cookie)
    lines.push(
      "",
      "By using our website you're confirming that you're happy to accept our use of cookies. OK Read more",
    );
  return lines.join("\n") + "\n";
}

/** Generates `count` article files into `dir`. Returns the file names. */
export function generate(count: number, dir: string, seed = 20261123): string[] {
  mkdirSync(dir, { recursive: true });
  return generateArticles(count, seed).map((a) => {
    const name = `${a.name}.txt`;
    writeFileSync(join(dir, name), articleText(a));
    return name;
  });
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
