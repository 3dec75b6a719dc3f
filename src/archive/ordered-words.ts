/**
 * "A word, then later on the line another word" tests, in one pass. Written as one regular
 * expression, `\bsubscribe\b.*\bnewsletter\b` backtracks over the rest of the line from every
 * `subscribe`: quadratic on a long line that repeats the first word. Here the first word's
 * leftmost, shortest match is found, then the second word is searched after it: the same answer,
 * because the first words' matches do not nest (the leftmost one also ends first). Its `\w*`
 * tails are made lazy, so `сайтcookie` ends the first word at `сайт` as backtracking could.
 */

/** What `isChromeLine` and the cookie test ask of a pattern. */
export interface LineTest {
  test(line: string): boolean;
}

/** Line breaks: `.` does not match them, so the original `.*` never crossed one. */
const LINE_BREAK = /[\n\r\u2028\u2029]/;

/** `first.*then` as a linear test; flags are taken from `first` (both must agree). */
export function inOrder(first: RegExp, then: RegExp): LineTest {
  const lazy = first.source.replace(/\\w([*+])(?!\?)/g, "\\w$1?");
  const a = new RegExp(lazy, first.flags.replace("g", "") + "g");
  const b = new RegExp(then.source, then.flags.replace("g", "") + "g");
  const one = (segment: string): boolean => {
    a.lastIndex = 0;
    const m = a.exec(segment);
    if (!m) return false;
    b.lastIndex = m.index + m[0].length;
    return b.test(segment);
  };
  return { test: (line) => line.split(LINE_BREAK).some(one) };
}

/** True when any of the tests passes. */
export function anyOf(...tests: LineTest[]): LineTest {
  return { test: (line) => tests.some((t) => t.test(line)) };
}
