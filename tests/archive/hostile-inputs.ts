/**
 * Generated inputs that once made the parser (or the site's per-article work) super-linear, one
 * per pass that was fixed, each of about `size` characters. Used by linear-time.test.ts.
 */

/** `unit` repeated to `size` characters. */
const fill = (unit: string, size: number): string =>
  unit.repeat(Math.ceil(size / unit.length)).slice(0, size);

const HEADLINE = "Russia and Cuba to strengthen strategic ties\n\n";
const PROSE =
  "The minister said on Friday that the talks would continue next week in the capital, officials told reporters. ";

/** What a shape is run through: the whole parser, or one of the site's per-article passes. */
export type Target = "parse" | "sentences" | "events";

/** One hostile input. */
export interface Shape {
  /** What is run on it. */
  target: Target;
  /** The text, about `size` characters long. */
  make(size: number): string;
}

/** Pseudo-random paragraphs of 22 words from 2,000: thousands of paragraphs, none a twin. */
function lookalikeParagraphs(size: number): string {
  const vocabulary = Array.from({ length: 2000 }, (_, i) => `w${i}`);
  let seed = 1;
  const next = (): string => {
    seed = (seed * 48271) % 2147483647;
    return vocabulary[seed % vocabulary.length]!;
  };
  const lines = [HEADLINE];
  for (let length = 0; length < size;) {
    const line = `The ${Array.from({ length: 22 }, next).join(" ")} and the end of it.\n`;
    lines.push(line);
    length += line.length;
  }
  return lines.join("");
}

/** The inputs, by the input shape that triggered the super-linear pass (file: function). */
export const SHAPES: Record<string, Shape> = {
  // image-noise.ts: isImageNameLine (`(?:[\w-]*\d{2,}[\w.-]*\s*)+$` backtracked exponentially).
  "an SVG path: one long line of numbers": {
    target: "parse",
    make: (n) => `${HEADLINE}M${fill("l24.23-25.08h188.97", n)},`,
  },
  // image-noise.ts: stripImageNoise (nested `[\w.-]*\d[\w.-]*` groups, quadratic or worse).
  "a long run of letters and digits without spaces": {
    target: "parse",
    make: (n) => HEADLINE + fill("a1", n) + " The end.",
  },
  // never-headline.ts: hasEmailAddress (checked at every at sign; its first pattern scanned each
  // run of letters from every letter, which the run of letters and digits above caught).
  "a long word of letters, dots and at signs": {
    target: "parse",
    make: (n) => `${HEADLINE}${fill("ab.c@d", n)}.e\n\nThe end.`,
  },
  // chrome-words.ts: COOKIE_BANNER (`\bcookies?\b.*\bsite\b` rescanned the line from every cookie).
  "a line repeating a cookie word": {
    target: "parse",
    make: (n) => HEADLINE + fill("cookies ", n),
  },
  // chrome-words.ts: CHROME_PATTERNS (`\bsubscribe\b.*\bnewsletter\b` and the like).
  "a line repeating subscribe": {
    target: "parse",
    make: (n) => HEADLINE + fill("subscribe ", n),
  },
  // byline.ts: parseByline / splitNames (`\s*\([^)]*\)$` from every bracket).
  "a long run of opening brackets": {
    target: "parse",
    make: (n) => HEADLINE + fill("(", n),
  },
  // boilerplate.ts: foldLine (`[\s\p{P}\p{S}]+$` from every punctuation mark of a run).
  "a long run of punctuation inside a line": {
    target: "parse",
    make: (n) => `${HEADLINE}a${fill("!?", n)}a`,
  },
  // outlets.ts: foldName (`\.+(\s|$)` from every dot of a run).
  "a long run of dots inside a word": {
    target: "parse",
    make: (n) => `${HEADLINE}a${fill(".", n)}b`,
  },
  // classify-line.ts: splitGluedLine (recursed once per glued credit, reclassifying the tail each time).
  "credits glued one after another ahead of prose": {
    target: "parse",
    make: (n) => HEADLINE + fill("Foto: Jane Doe", n / 2) + fill(PROSE, n / 2),
  },
  // parse.ts: co-authors (`bylines.find` per line) and `headerLines.includes` per removed line.
  "many byline lines": {
    target: "parse",
    make: (n) => HEADLINE + fill("By Jane Doe and John Roe, Reuters\n", n),
  },
  // near-duplicates.ts: each paragraph was compared with every paragraph kept before it.
  "many distinct paragraphs of the same words": {
    target: "parse",
    make: lookalikeParagraphs,
  },
  // clean-body.ts: the lede search counted the paragraphs above each line from scratch.
  "many chrome lines between the first paragraphs": {
    target: "parse",
    make: (n) => `${HEADLINE}${PROSE}\n${fill("Share\n", n / 2)}${fill(`${PROSE}\n`, n / 2)}`,
  },
  // parse.ts: `removed.push(...lines)` overflowed the stack with 100,000 lines.
  "many short lines": {
    target: "parse",
    make: (n) => fill("Short line\n", n),
  },
  // The plain shapes: one long paragraph, long markup runs, a long URL run.
  "one very long line of prose": { target: "parse", make: (n) => HEADLINE + fill(PROSE, n) },
  "a long run of markup": { target: "parse", make: (n) => HEADLINE + fill("<div><span>", n) },
  "addresses glued without spaces": {
    target: "parse",
    make: (n) => HEADLINE + fill("https://example.com/a/b?c=1", n),
  },
  // sentences.ts: splitSentences (`([\p{L}.]+)$` on the text since the last sentence, per full stop).
  "a paragraph of abbreviations": {
    target: "sentences",
    make: (n) => fill("Mr. ", n) + "Smith spoke.",
  },
  // dates.ts: findDates and events.ts: findEventDates (every date checked against every earlier one).
  "a paragraph of many dates": {
    target: "events",
    make: (n) => fill("On May 8, 2024 and in 1998 ", n),
  },
};
