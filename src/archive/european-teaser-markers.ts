/**
 * Inline "read also" markers (see chrome-words.ts) in the other languages of the web's news and
 * blogs, and the Spanish ones Latin American sites print in capitals (`MIRA:`, `PUEDES VER:`):
 * the marker and the teaser after it go, the article goes on (issue 15). Written as printed.
 */

/** Phrases that mark a teaser with or without a colon after them. */
export const EUROPEAN_TEASER_MARKERS: readonly string[] = [
  "lesen sie auch",
  "lies auch",
  "siehe auch",
  "auch interessant",
  "das könnte sie auch interessieren",
  "das könnte dich auch interessieren",
  "das könnte ihnen auch gefallen",
  "mehr zum thema",
  "à lire aussi",
  "lire aussi",
  "voir aussi",
  "leggi anche",
  "leia também",
  "veja também",
  "czytaj też",
  "czytaj także",
  "zobacz też",
  "zobacz także",
  "przeczytaj też",
  "przeczytaj także",
  "dowiedz się więcej",
  "lees ook",
  "le puede interesar",
  "puedes ver",
  "puede ver",
  "lea más",
  "lee más",
  "infórmate más",
  "also read",
];

/**
 * Single words that mark a teaser only with a colon after them (`Lea: …`, `Mire: …`): without
 * one they open sentences.
 */
export const COLON_TEASER_MARKERS: readonly string[] = [
  "lea",
  "lee",
  "mira",
  "mire",
  "vea",
  "lesen",
  "lire",
  "leggi",
  "leia",
  "veja",
  "czytaj",
  "zobacz",
  "lees",
];
