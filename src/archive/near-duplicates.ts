/**
 * Finding a paragraph's near twin among the paragraphs kept so far (a standfirst repeated as the
 * lede, a pull quote). Comparing each paragraph with every kept one was quadratic on long pages;
 * an index of each kept paragraph's rarest words (prefix filtering, as similarity joins do) gives
 * the few that can be twins, and only those are compared. The answer is the same: two paragraphs
 * that are nearly the same share at least half of each one's words, and then the rarest word they
 * share is among the rarer half of both. Only on pages where more than MAX_CANDIDATES earlier
 * paragraphs share such a word with a paragraph (generated junk, not articles) can a twin be missed.
 */
import { wordsOf } from "./language.ts";

/** A paragraph's words, as the comparison needs them. */
export interface ParagraphWords {
  /** The distinct words. */
  set: ReadonlySet<string>;
  /** All words in order, joined: short paragraphs must match exactly. */
  key: string;
}

/** The words of a paragraph's text. */
export function paragraphWords(text: string): ParagraphWords {
  const words = wordsOf(text);
  return { set: new Set(words), key: words.join(" ") };
}

/** True when two paragraphs say the same thing: one's words are nearly all in the other (a reworded standfirst). */
export function nearlySame(a: ParagraphWords, b: ParagraphWords): boolean {
  const wa = a.set;
  const wb = b.set;
  if (wa.size < 6 || wb.size < 6) return a.key === b.key;
  const [short, long] = wa.size <= wb.size ? [wa, wb] : [wb, wa];
  if (short.size / long.size < 0.6) return false;
  let shared = 0;
  for (const w of short) if (long.has(w)) shared++;
  return shared / short.size >= 0.85;
}

/**
 * Most candidates compared per paragraph, lowest slots first: a backstop that keeps pages of
 * thousands of look-alike lines linear. Real pages stay far below it (scores unchanged).
 */
const MAX_CANDIDATES = 64;

/** Twins among kept paragraphs, each kept in a numbered slot; the first twin by slot wins. */
export interface TwinIndex {
  /** The lowest slot holding a near twin of `p`, or undefined. */
  find(p: ParagraphWords): number | undefined;
  /** Puts `p` in `slot` (a new slot, or one whose paragraph it replaces). */
  put(slot: number, p: ParagraphWords): void;
}

/** An index over slots; `all` are every paragraph that may be asked about (for word rarity). */
export function twinIndex(all: readonly ParagraphWords[]): TwinIndex {
  const frequency = new Map<string, number>();
  for (const p of all) for (const w of p.set) frequency.set(w, (frequency.get(w) ?? 0) + 1);
  // The rarer half of a paragraph's words (and one more): any twin shares one of them.
  const rarer = new WeakMap<ParagraphWords, string[]>();
  const rarest = (p: ParagraphWords): string[] => {
    const known = rarer.get(p);
    if (known) return known;
    // Each word's count looked up once, not in every comparison of the sort.
    const counted = [...p.set].map((w) => ({ w, n: frequency.get(w) ?? 0 }));
    counted.sort((x, y) => x.n - y.n || (x.w < y.w ? -1 : x.w > y.w ? 1 : 0));
    const keep = counted.length - Math.floor(counted.length / 2) + 1;
    const half = counted.slice(0, keep).map((c) => c.w);
    rarer.set(p, half);
    return half;
  };
  const slots: ParagraphWords[] = [];
  const byKey = new Map<string, number[]>();
  const byWord = new Map<string, number[]>();
  // Slots are put in rising order; only slot 0 is ever replaced, while it is the only one.
  const add = <K>(map: Map<K, number[]>, k: K, slot: number): void => {
    const list = map.get(k);
    if (!list) map.set(k, [slot]);
    else if (list[list.length - 1] !== slot) list.push(slot);
  };
  return {
    find(p) {
      // Candidates in rising slot order, merged from the sorted lists; stale entries (a slot since
      // replaced) are extra candidates, each checked against what the slot holds now.
      // Only words some kept paragraph has: most of a paragraph's rarer words are in no other.
      const lists: number[][] = [];
      const same = byKey.get(p.key);
      if (same) lists.push(same);
      if (p.set.size >= 6)
        for (const w of rarest(p)) {
          const list = byWord.get(w);
          if (list) lists.push(list);
        }
      const at = new Array<number>(lists.length).fill(0);
      for (let checked = 0, last = -1; checked < MAX_CANDIDATES;) {
        let slot = Infinity;
        let from = -1;
        for (let j = 0; j < lists.length; j++) {
          const s = lists[j]![at[j]!];
          if (s !== undefined && s < slot) {
            slot = s;
            from = j;
          }
        }
        if (from === -1) return undefined;
        at[from]!++;
        if (slot === last) continue;
        last = slot;
        checked++;
        if (nearlySame(slots[slot]!, p)) return slot;
      }
      return undefined;
    },
    put(slot, p) {
      slots[slot] = p;
      add(byKey, p.key, slot);
      if (p.set.size >= 6) for (const w of rarest(p)) add(byWord, w, slot);
    },
  };
}
