/**
 * A headline printed again on its page: as a breadcrumb's last item (`Home › Travel › Title`), in
 * share text or a comment heading (`3 thoughts on “Title”`), or as an image's alt text. A menu
 * item is printed again too, so a short line counts only inside a longer line.
 */
/** A line as compared for a repeat: lowercase, outer punctuation off, spaces collapsed. */
const plain = (line: string): string =>
  line
    .toLowerCase()
    .replace(/^[\s\p{P}\p{S}]+|[\s\p{P}\p{S}]+$/gu, "")
    .replace(/\s+/g, " ");

/** Lines looked at for a repeat: the header and body of any page, not a whole archive dump. */
const MAX_LINES = 3000;
/** Longest line a repeat is looked for in: a breadcrumb or share text, not a paragraph. */
const MAX_ECHO_CHARS = 300;
/** Fewest words of a line whose exact repeat counts (a menu item's repeat does not). */
const MIN_EXACT_WORDS = 3;

/** Tells whether the line at an index is printed again elsewhere on the page; the page is read once, unmemoized (it is seen once). */
export function echoFinder(lines: readonly string[]): (i: number) => boolean {
  let folded: (string | null)[] | null = null;
  return (i: number): boolean => {
    const key = plain(lines[i] ?? "");
    if (key.length < 4) return false;
    folded ??= lines.slice(0, MAX_LINES).map((l) => (l.length <= MAX_ECHO_CHARS ? plain(l) : null));
    const exactCounts = key.split(" ").length >= MIN_EXACT_WORDS;
    for (let j = 0; j < folded.length; j++) {
      const other = folded[j];
      if (j === i || other == null || other.length < key.length) continue;
      if (other === key ? exactCounts : other.includes(key)) return true;
    }
    return false;
  };
}

/** True when the line at `i` is printed again elsewhere on the page (inside a longer line, or whole when it has a few words). */
export function repeatsOnPage(lines: readonly string[], i: number): boolean {
  return echoFinder(lines)(i);
}
