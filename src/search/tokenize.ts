/**
 * Words for the fallback search: the index builder and the engine (src/search/search-engine.ts,
 * bundled into the page's search-engine.js) both import these two functions, so a query is split
 * exactly as the indexed text was.
 */

/** Lowercase words without accents (`Rodríguez` → `rodriguez`, `ё` → `е`), split on anything that is not a letter or digit. */
export function tokenize(text: string): string[] {
  return (
    text
      .normalize("NFKD")
      .replace(/\p{M}/gu, "")
      .toLowerCase()
      .replace(/ё/g, "е")
      .match(/[\p{L}\p{N}]+/gu) ?? []
  );
}

/** The file a term's postings live in: its first two characters, as hex code points for a safe file name. */
export function termKey(term: string): string {
  return [...term.slice(0, 2)].map((c) => c.codePointAt(0)!.toString(16)).join("-");
}
