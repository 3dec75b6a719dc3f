/**
 * The language a page's prose is written in, for telling prose from chrome in any language.
 * The record's `language` (en/es/ru) picks the vocabulary of dates and datelines; prose can be in
 * any of the ~80 languages franc-min knows. The language is detected by franc-min (trigram
 * profiles: measured at 0.8 ms a page on 600 characters, where tinyld took 2.0 ms and was less
 * often right on the real-page corpus; trigram-language.ts gives franc's answer at a sixth of the
 * cost); stopwords come from stopwords-iso. For en/es/ru the project's own short lists are kept:
 * the prose thresholds were tuned on them.
 */
import { createRequire } from "node:module";
import { iso6393To1 } from "iso-639-3";
import { STOPWORDS, wordsOfOnce } from "./language.ts";
import { trigramLanguage } from "./trigram-language.ts";
import type { Language } from "./types.ts";

const require = createRequire(import.meta.url);

/** How a page's prose is read: the date vocabulary and the prose language. */
export interface TextLanguage {
  /** Language of dates, datelines and chrome words (what the record calls `language`). */
  vocabulary: Language;
  /** ISO 639-1 code of the prose, `""` when unknown. */
  prose: string;
  /** Stopwords of the prose language, null when there is no list (lengths and punctuation decide alone). */
  stopwords: ReadonlySet<string> | null;
  /** Least stopword share of a prose line: the project's short lists give fewer hits than stopwords-iso's long ones. */
  minDensity: number;
  /** Written without spaces between words (Japanese, Chinese, Thai…): measured in characters. */
  spaceless: boolean;
  /** `vocabulary:prose`, for memo keys. */
  key: string;
}

/**
 * franc names individual languages where stopwords-iso (and ISO 639-1) name the macrolanguage:
 * Mandarin is `cmn`, Standard Arabic `arb`, Iranian Persian `pes`.
 */
const MACROLANGUAGE: Readonly<Record<string, string>> = {
  cmn: "zh",
  arb: "ar",
  pes: "fa",
  zlm: "ms",
  swh: "sw",
  uzn: "uz",
  azj: "az",
  plt: "mg",
  npi: "ne",
  ckb: "ku",
  pbu: "ps",
};

/** Languages written without spaces between words. */
const SPACELESS = new Set(["ja", "zh", "th", "lo", "km", "my"]);

/** True for a language written without spaces between words (its ISO 639-1 code). */
export const isSpaceless = (code: string): boolean => SPACELESS.has(code);

/** Characters that write spaceless languages: a page mostly in them is measured in characters. */
const SPACELESS_CHARS =
  /[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff]/gu;

let stopwordLists: Record<string, string[]> | null = null;
const languages = new Map<string, TextLanguage>();

/** The reading of a vocabulary and a prose code; one shared object per pair. */
export function textLanguage(vocabulary: Language, prose: string): TextLanguage {
  const key = `${vocabulary}:${prose}`;
  const known = languages.get(key);
  if (known) return known;
  let stopwords: ReadonlySet<string> | null = null;
  let minDensity = 0.2;
  if (prose === "en" || prose === "es" || prose === "ru") {
    stopwords = STOPWORDS[prose];
    // Russian prose is noun-heavy: it has fewer function words than English or Spanish.
    minDensity = prose === "ru" ? 0.05 : 0.12;
  } else if (prose !== "" && !SPACELESS.has(prose)) {
    stopwordLists ??= require("stopwords-iso") as Record<string, string[]>;
    const list = stopwordLists[prose];
    if (list?.length) stopwords = new Set(list.map((w) => w.toLowerCase()));
  }
  const made: TextLanguage = {
    vocabulary,
    prose,
    stopwords,
    minDensity,
    spaceless: SPACELESS.has(prose),
    key,
  };
  languages.set(key, made);
  return made;
}

/** Most characters handed to the detector: enough for franc, and its cost grows with the text. */
const SAMPLE_CHARS = 600;

/** Long lines first (prose says more about the language than menus do), up to SAMPLE_CHARS. */
function proseSample(text: string): string {
  let sample = "";
  for (const line of text.split("\n", 2000)) {
    if (line.length < 60) continue;
    sample += `${line}\n`;
    if (sample.length >= SAMPLE_CHARS) break;
  }
  return (sample.length >= 200 ? sample : text).slice(0, SAMPLE_CHARS);
}

/** Least share of a sample's words that are the language's own stopwords for it to be clearly that language. */
const CLEAR_DENSITY = 0.3;
/** Spanish words French, Portuguese, Catalan and Italian prose lacks (they share `de`, `la`, `que`, `en`…). */
const SPANISH_ONLY = new Set(["y", "el", "los", "las", "del"]);
/** Letters of the Cyrillic alphabets other than Russian's (Ukrainian, Belarusian, Serbian, Macedonian, Kazakh…). */
const OTHER_CYRILLIC = /[\u0400-\u040f\u0450-\u045f\u0460-\u04ff]/u;
const NON_ASCII_LETTER = /[^\x00-\x7f]/g;

/**
 * English, Spanish or Russian when the project's stopwords say so beyond doubt, else null (franc
 * decides). franc costs 0.8 ms a page; on the real-page corpus and the fixtures it named every
 * sample this accepts the same language. English: a third of the words are English stopwords and
 * the letters are ASCII (a German page quoting English has umlauts); Spanish: as many Spanish
 * stopwords, more than English ones, and `y el los las del` among them; Russian: as many Russian
 * stopwords (its threshold is lower: noun-heavy prose), `ы` present and no letter of another
 * Cyrillic alphabet.
 */
function clearlyEnEsRu(sample: string): "en" | "es" | "ru" | null {
  // Each page's sample is new: cached, it would only crowd the line cache.
  const words = wordsOfOnce(sample);
  if (words.length < 30) return null;
  let en = 0;
  let es = 0;
  let ru = 0;
  let spanishOnly = 0;
  for (const w of words) {
    if (STOPWORDS.en.has(w)) en++;
    if (STOPWORDS.es.has(w)) es++;
    if (STOPWORDS.ru.has(w)) ru++;
    if (SPANISH_ONLY.has(w)) spanishOnly++;
  }
  const n = words.length;
  if (
    en >= CLEAR_DENSITY * n &&
    (sample.match(NON_ASCII_LETTER)?.length ?? 0) <= 0.01 * sample.length
  )
    return "en";
  if (es >= CLEAR_DENSITY * n && es > en && spanishOnly >= 0.1 * n) return "es";
  if (
    ru >= 0.15 * n &&
    sample.includes("ы") &&
    !OTHER_CYRILLIC.test(sample.toLowerCase().replace(/ё/g, "е"))
  )
    return "ru";
  return null;
}

/**
 * The page's reading: prose language detected from the text (front matter's language, when given,
 * is trusted for both). A page the detector cannot name is read without stopwords, never emptied.
 */
export function detectTextLanguage(
  text: string,
  vocabulary: Language,
  given?: Language,
): TextLanguage {
  if (given) return textLanguage(given, given);
  const sample = proseSample(text);
  const clear = clearlyEnEsRu(sample);
  if (clear) return textLanguage(vocabulary, clear);
  const code3 = trigramLanguage(sample, 20);
  let prose = code3 === "und" ? "" : (iso6393To1[code3] ?? MACROLANGUAGE[code3] ?? "");
  // Short or mixed samples: a page mostly in CJK or Thai characters is measured in characters anyway.
  if (!SPACELESS.has(prose)) {
    const spaceless = sample.match(SPACELESS_CHARS)?.length ?? 0;
    if (spaceless > sample.length / 3) prose = /[\u3040-\u30ff]/u.test(sample) ? "ja" : "zh";
  }
  return textLanguage(vocabulary, prose);
}
