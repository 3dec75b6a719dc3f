/**
 * Page names. A slug depends only on its own file (the headline, or `slug:` in front matter), so it
 * stays the same across rebuilds and when other files are added; collisions are reported, never
 * silently renamed.
 */

const CYRILLIC: Record<string, string> = {
  а: "a",
  б: "b",
  в: "v",
  г: "g",
  д: "d",
  е: "e",
  ё: "e",
  ж: "zh",
  з: "z",
  и: "i",
  й: "y",
  к: "k",
  л: "l",
  м: "m",
  н: "n",
  о: "o",
  п: "p",
  р: "r",
  с: "s",
  т: "t",
  у: "u",
  ф: "f",
  х: "kh",
  ц: "ts",
  ч: "ch",
  ш: "sh",
  щ: "shch",
  ъ: "",
  ы: "y",
  ь: "",
  э: "e",
  ю: "yu",
  я: "ya",
  і: "i",
  ї: "yi",
  є: "ye",
  ґ: "g",
};

/** Longest slug, in characters; longer headlines are cut at a word boundary. */
export const MAX_SLUG_LENGTH = 80;

/** `Russia and Cuba to strengthen strategic ties` → `russia-and-cuba-to-strengthen-strategic-ties`; Cyrillic is transliterated. */
export function slugify(text: string): string {
  const latin = text
    .toLowerCase()
    .replace(/[а-яёіїєґ]/g, (c) => CYRILLIC[c] ?? "")
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .replace(/['’]/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  if (latin.length <= MAX_SLUG_LENGTH) return latin;
  const cut = latin.slice(0, MAX_SLUG_LENGTH + 1);
  const boundary = cut.lastIndexOf("-");
  return (boundary > 20 ? cut.slice(0, boundary) : cut.slice(0, MAX_SLUG_LENGTH)).replace(
    /-+$/,
    "",
  );
}
