/**
 * Image-file noise in copied pages: file names and ids glued to a paragraph's start
 * (`inx960x640 4In November`, `GettyImages-1234567890In`) and lines made only of file names
 * (`IMG_2034.jpg 1`). Both used to be single regular expressions with nested quantifiers
 * (`(?:[\w-]*\d{2,}[\w.-]*\s*)+$`), which backtrack exponentially on a long run of digits
 * such as an SVG path; they are read token by token here, in one pass, with the same results.
 */

/** A character of a file-name token. */
const isNameChar = (c: string): boolean => /[\w.-]/.test(c);
const isDigit = (c: string): boolean => c >= "0" && c <= "9";
const EXTENSION = /(?:jpe?g|png|gif|webp|avif)/y;
const EXTENSION_OR_SVG = /(?:jpe?g|png|gif|webp|avif|svg)/iy;
const UPPER_LOWER = /\p{Lu}\p{Ll}/uy;

/** End of `[\w-]+\.ext` at `at` (the extension read by `ext`), or -1. */
function fileNameEnd(text: string, at: number, ext: RegExp): number {
  let i = at;
  while (i < text.length && /[\w-]/.test(text[i]!)) i++;
  if (i === at || text[i] !== ".") return -1;
  ext.lastIndex = i + 1;
  return ext.exec(text) ? ext.lastIndex : -1;
}

/** True when the token (all `[\w.-]`) is file names and ids run together: `(name.ext)*` then an id with two digits before any dot. */
function isFileNameToken(token: string): boolean {
  for (let at = 0; at < token.length;) {
    for (let i = at; i + 1 < token.length && token[i] !== "."; i++)
      if (isDigit(token[i]!) && isDigit(token[i + 1]!)) return true;
    const end = fileNameEnd(token, at, EXTENSION_OR_SVG);
    if (end === -1) return false;
    at = end;
  }
  return true;
}

/** A date written with dots (`23.10.2018`, `19.10.19`), which German and Russian pages print alone on a line. */
const DOTTED_DATE = /^\d{1,2}\.\d{1,2}\.(?:\d{4}|\d{2})\.?$/;

/** True for a line that is only image-file names: `inx960x640`, `IMG_2034.jpg 1`; never a dotted date. */
export function isImageNameLine(line: string): boolean {
  const t = line.trim();
  if (t === "" || /^\d{1,4}$/.test(t) || !/[a-z_.]|\d{6,}/i.test(line)) return false;
  for (const [token] of t.matchAll(/\S+/g))
    if (!/^[\w.-]+$/.test(token) || DOTTED_DATE.test(token) || !isFileNameToken(token))
      return false;
  return true;
}

/** True when a capital and a small letter start at `at`: where the glued word begins. */
function wordStartsAt(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  // ASCII other than A-Z cannot start it: skip the regular expression for most characters.
  if (c < 128 && (c < 65 || c > 90)) return false;
  UPPER_LOWER.lastIndex = at;
  return UPPER_LOWER.test(text);
}

/**
 * Length of the id or file name at `start` that runs straight into a capitalised word, or -1:
 * an id is `[\w-]*\d` then as few `[\w.-]` as needed (the rightmost digit of the dot-free part
 * that allows it wins, as the regular expression's backtracking chose), else `name.ext`.
 */
function gluedPieceEnd(text: string, start: number): number {
  let dotFree = start;
  while (dotFree < text.length && /[\w-]/.test(text[dotFree]!)) dotFree++;
  let run = dotFree;
  while (run < text.length && isNameChar(text[run]!)) run++;
  // Walking back from the run's end, `next` is the first capitalised word at or after `i`.
  let next = -1;
  for (let i = run; i > start; i--) {
    if (wordStartsAt(text, i)) next = i;
    if (next !== -1 && i - 1 < dotFree && isDigit(text[i - 1]!)) return next;
  }
  const end = fileNameEnd(text, start, EXTENSION);
  return end !== -1 && wordStartsAt(text, end) ? end : -1;
}

/** Length of the image-file noise glued to the line's start, or 0. */
function gluedNoiseLength(line: string): number {
  // Whole tokens of noise first (ids with a digit, file names), each followed by white space.
  const starts: number[] = [];
  let at = 0;
  for (;;) {
    starts.push(at);
    let end = at;
    while (end < line.length && isNameChar(line[end]!)) end++;
    let gap = end;
    while (gap < line.length && /\s/.test(line[gap]!)) gap++;
    if (end === at || gap === end || gap === line.length) break;
    const token = line.slice(at, end);
    if (!/\d/.test(token) && fileNameEnd(token, 0, EXTENSION) !== token.length) break;
    at = gap;
  }
  // The glued piece is tried after as many whole tokens as possible, then fewer.
  for (let k = starts.length - 1; k >= 0; k--) {
    const end = gluedPieceEnd(line, starts[k]!);
    if (end !== -1) return end;
  }
  return 0;
}

/**
 * Removes image-file noise glued to a paragraph's start. Returns the clean text and whether
 * anything was cut. Only a token with a digit, glued straight onto a capitalised word, is cut:
 * `G7 leaders` and `2024 was` are left alone.
 */
export function stripImageNoise(line: string): { text: string; stripped: boolean } {
  const length = gluedNoiseLength(line);
  if (length === 0) return { text: line, stripped: false };
  // A glued token must look like a file name or an id: letters+digits (`inx960x640`), a long number, or `name.jpg`.
  const tokens = line.slice(0, length).trim().split(/\s+/);
  const last = tokens[tokens.length - 1] ?? "";
  const looksLikeFile =
    tokens.some((t) => /\d{5,}|\d+x\d+|[a-z]\d|_\d|\.\w{3,4}$|^\d{1,3}$/i.test(t)) ||
    /^\d{1,3}$/.test(last);
  if (!looksLikeFile) return { text: line, stripped: false };
  return { text: line.slice(length), stripped: true };
}
