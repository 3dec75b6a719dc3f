/**
 * White space as regular expressions see it (`\s`), one UTF-16 code unit at a time: for loops
 * that walk a line character by character, where a regular expression per character costs more
 * than the walk itself.
 */

/**
 * True for a UTF-16 code unit that `/\s/` matches: white space and line terminators (all in the
 * Basic Multilingual Plane), tested by number instead of a regular expression per character.
 */
export function isSpaceCode(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0xa0) return false;
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}
