/**
 * The excerpt of a fallback search result: a stretch of the paragraph that matched, with the
 * query's words marked, as text parts (the page builds DOM nodes from them, never HTML).
 */
import { tokenize } from "./tokenize.ts";

/** A piece of an excerpt. */
export interface ExcerptPart {
  /** The text, as it stands in the article. */
  text: string;
  /** True for a word the query matched. */
  mark: boolean;
}

/** A word of the paragraph, by its place in the text. */
interface Token {
  /** Offset of its first character. */
  start: number;
  /** Offset after its last character. */
  end: number;
  /** True when a query word begins it. */
  hit: boolean;
}

/** Up to `size` words of `text` around the first word that one of `words` begins, as parts. */
export function excerpt(text: string, words: readonly string[], size: number): ExcerptPart[] {
  const isHit = (word: string): boolean => {
    const w = tokenize(word)[0] ?? "";
    return words.some((q) => w.startsWith(q));
  };
  const re = /[\p{L}\p{N}]+/gu;
  const tokens: Token[] = [];
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)))
    tokens.push({ start: m.index, end: m.index + m[0].length, hit: isHit(m[0]) });
  if (tokens.length === 0) return [{ text, mark: false }];
  const firstHit = tokens.findIndex((t) => t.hit);
  let from = Math.max(0, (firstHit === -1 ? 0 : firstHit) - Math.floor(size / 3));
  // Start at the beginning of a word (`Russia’s`, not `s`).
  while (from > 0 && !/\s/.test(text.charAt(tokens[from]!.start - 1))) from--;
  const to = Math.min(tokens.length, from + size);
  const start = tokens[from]!.start;
  const end = to >= tokens.length ? text.length : tokens[to - 1]!.end;
  const parts: ExcerptPart[] = [];
  let at = start;
  for (const token of tokens.slice(from, to)) {
    if (!token.hit) continue;
    if (token.start > at) parts.push({ text: text.slice(at, token.start), mark: false });
    parts.push({ text: text.slice(token.start, token.end), mark: true });
    at = token.end;
  }
  if (end > at) parts.push({ text: text.slice(at, end), mark: false });
  if (from > 0) parts.unshift({ text: "… ", mark: false });
  if (end < text.length) parts.push({ text: " …", mark: false });
  return parts;
}
