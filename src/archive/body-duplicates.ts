/**
 * Repeated paragraphs in a body: a standfirst printed again as the lede, a pull quote, the
 * headline again. Used by the body cleaner (clean-body.ts) once every line has its kind.
 */
import type { LineKind } from "./classify-line.ts";
import type { SourceLine } from "./source-lines.ts";
import { stripImageNoise } from "./image-noise.ts";
import { wordsOf } from "./language.ts";
import { nearlySame, paragraphWords, twinIndex } from "./near-duplicates.ts";

/**
 * Marks repeated paragraphs `duplicate` in `kinds`, keeping one copy: the later one when the
 * earlier is the first paragraph (a standfirst), otherwise the earlier. A short paragraph nearly
 * the same as the headline goes too.
 */
export function markRepeatedParagraphs(
  lines: readonly SourceLine[],
  kinds: LineKind[],
  headline: string,
): void {
  const kept: number[] = [];
  const candidates = kinds.flatMap((k, i) => (k === "content" ? [i] : []));
  const texts = candidates.map((i) => stripImageNoise(lines[i]!.text).text);
  const words = texts.map(paragraphWords);
  const headlineWords = paragraphWords(headline);
  const twins = twinIndex(words);
  for (const [c, i] of candidates.entries()) {
    const text = texts[c]!;
    if (
      nearlySame(words[c]!, headlineWords) &&
      wordsOf(text).length <= wordsOf(headline).length + 3
    ) {
      kinds[i] = "duplicate";
      continue;
    }
    const slot = twins.find(words[c]!);
    const twin = slot === undefined ? undefined : kept[slot];
    if (twin === undefined) {
      twins.put(kept.length, words[c]!);
      kept.push(i);
    }
    // The earlier copy goes when it is the first paragraph (a standfirst); otherwise the later one.
    else if (twin === kept[0] && kept.length === 1) {
      kinds[twin] = "duplicate";
      kept[0] = i;
      twins.put(0, words[c]!);
    } else kinds[i] = "duplicate";
  }
}
