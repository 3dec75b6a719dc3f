/**
 * Text printed to a terminal. Article text, file names and a search index from an older build can
 * hold control characters and escape sequences (ESC, BEL, the C1 CSI…) that a terminal obeys:
 * retitle the window, clear the screen, hide or reorder text. Here they become visible escapes.
 */

/**
 * What a terminal would act on rather than show: C0 controls but tab (line feed included, so a
 * file name cannot fake a line of output), DEL, C1 controls, the line and paragraph separators,
 * and the bidirectional embeddings, overrides and isolates.
 */
const UNSAFE_IN_TERMINAL =
  /[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/** The same minus C0: in JSON output, JSON.stringify has already escaped those. */
const UNSAFE_IN_JSON = /[\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

const hex = (c: string, digits: number): string =>
  c.charCodeAt(0).toString(16).padStart(digits, "0");

/** Replaces every character a terminal would act on by a visible `\x1b` or `\u2028` escape. */
export function escapeForTerminal(text: string): string {
  return text.replace(UNSAFE_IN_TERMINAL, (c) =>
    c.charCodeAt(0) < 0x100 ? `\\x${hex(c, 2)}` : `\\u${hex(c, 4)}`,
  );
}

/**
 * JSON.stringify for output that may reach a terminal: it leaves DEL, C1 controls and U+2028/2029
 * raw, so these become `\u` escapes too. Those characters only occur inside JSON strings, where the
 * escape parses back to the same value.
 */
export function stringifyForTerminal(value: unknown, indent = 2): string {
  return JSON.stringify(value, null, indent).replace(UNSAFE_IN_JSON, (c) => `\\u${hex(c, 4)}`);
}
