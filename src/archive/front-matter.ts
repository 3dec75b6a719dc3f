import matter from "gray-matter";
import yaml from "js-yaml";
import { diagnostic } from "./diagnostic.ts";
import {
  FRONT_MATTER_KEYS,
  KNOWN_KEYS,
  MAX_FRONT_MATTER_CHARS,
  MAX_FRONT_MATTER_KEYS,
  showKey,
  validateKey,
  type KeyCheck,
} from "./front-matter-keys.ts";
import type { Diagnostic, FrontMatter } from "./types.ts";

export { FRONT_MATTER_KEYS, parseDateValue } from "./front-matter-keys.ts";

/** The result of splitting front matter from a file's text. */
export interface SplitResult {
  /** Validated facts (only valid keys are kept). */
  frontMatter: FrontMatter;
  /** 1-based line of each key. */
  lines: Partial<Record<keyof FrontMatter, number>>;
  /** The article text after the block. */
  text: string;
  /** 1-based line where the article text starts. */
  firstLine: number;
  /** The raw block, fences included ("" when there is none). */
  raw: string;
  /** Every problem found in the block. */
  diagnostics: Diagnostic[];
}

/** YAML without timestamps: dates stay strings, so `2024-02-30` is caught instead of becoming 1 March. */
function parseYaml(source: string): object {
  const data: unknown = yaml.load(source, { schema: yaml.CORE_SCHEMA, json: false });
  if (data === null || data === undefined) return {};
  if (typeof data !== "object" || Array.isArray(data))
    throw new Error("front matter must be a list of `key: value` lines");
  return data;
}

/**
 * Splits an optional YAML front-matter block from the top of a file and validates it.
 * Only `---` (or `---yaml`) blocks are read: `---js` and other engines are refused and never run,
 * because gray-matter would execute them (even with `engines: { js: false }`).
 */
export function splitFrontMatter(path: string, text: string, now: Date = new Date()): SplitResult {
  const none: SplitResult = {
    frontMatter: {},
    lines: {},
    text,
    firstLine: 1,
    raw: "",
    diagnostics: [],
  };
  const firstLineText = text.slice(0, text.indexOf("\n") === -1 ? text.length : text.indexOf("\n"));
  const open = /^---([A-Za-z]*)\s*$/.exec(firstLineText);
  if (!open) return none;
  const err = (line: number | null, code: string, message: string, fix: string): Diagnostic =>
    diagnostic("error", path, line, code, message, fix);
  const fail = (line: number, code: string, message: string, fix: string): SplitResult => ({
    ...none,
    diagnostics: [err(line, code, message, fix)],
  });
  const language = (open[1] ?? "").toLowerCase();
  if (language !== "" && language !== "yaml" && language !== "yml")
    return fail(
      1,
      "front-matter-language",
      `front matter in "${open[1]}" is not allowed (it would be executed)`,
      "write the block as YAML between two `---` lines",
    );
  const lines = text.split("\n");
  const close = lines.findIndex((l, i) => i > 0 && l.startsWith("---"));
  if (close === -1)
    return fail(
      1,
      "front-matter-unclosed",
      "the front-matter block opened on line 1 is never closed",
      "add a line `---` after the last `key: value` line",
    );
  if ((lines[close] ?? "").trimEnd() !== "---")
    return fail(
      close + 1,
      "front-matter-fence",
      "the closing front-matter line must be exactly `---`",
      "put nothing else on that line",
    );
  const raw = lines.slice(0, close + 1).join("\n");
  const result: SplitResult = {
    frontMatter: {},
    lines: {},
    text: lines.slice(close + 1).join("\n"),
    firstLine: close + 2,
    raw,
    diagnostics: [],
  };
  const scan = scanBlock(lines, close);
  const tooMany = (line: number, count: number): Diagnostic =>
    err(
      line,
      "front-matter-too-many-keys",
      `the front matter has more than ${MAX_FRONT_MATTER_KEYS} keys (${count}); the first one too many is on this line`,
      `keep only the facts missing from the text, with the documented keys: ${Object.keys(FRONT_MATTER_KEYS).join(", ")}`,
    );
  // Limits first: the YAML parser and the checks below then only ever see a small block.
  if (scan.tooLargeAt !== null)
    result.diagnostics.push(
      err(
        scan.tooLargeAt,
        "front-matter-too-large",
        `the front matter is ${scan.size} characters, over the ${MAX_FRONT_MATTER_CHARS}-character limit (passed on this line)`,
        "keep only the facts missing from the text, one short `key: value` per line; the article goes below the closing `---`",
      ),
    );
  if (scan.tooManyAt !== null) result.diagnostics.push(tooMany(scan.tooManyAt, scan.keyCount));
  if (result.diagnostics.length > 0) {
    result.diagnostics.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
    return result;
  }
  let data: Record<string, unknown>;
  try {
    const parsed = matter(text, { language: "yaml", engines: { yaml: parseYaml } });
    data = parsed.data;
  } catch (e) {
    const mark = (e as { mark?: { line?: number } }).mark;
    const line = mark?.line !== undefined ? mark.line + 2 : 1;
    const reason = (e as { reason?: string }).reason ?? (e as Error).message;
    result.diagnostics.push(
      err(
        line,
        "front-matter-yaml",
        `the front matter is not valid YAML: ${reason}`,
        "write one `key: value` per line; quote values that contain `: ` or start with a special character",
      ),
    );
    return result;
  }
  const entries = Object.entries(data);
  // `{a: 1, b: 2, …}` on one line packs keys the line count above does not see.
  if (entries.length > MAX_FRONT_MATTER_KEYS) {
    result.diagnostics.push(tooMany(2, entries.length));
    return result;
  }
  for (const [key, value] of entries) {
    const line = scan.keyLines.get(key) ?? 1;
    let problem: KeyCheck;
    try {
      problem = validateKey(key, value, now);
    } catch (e) {
      // Never throw: one odd value must not hide the other problems of the file or of the archive.
      problem = {
        code: "front-matter-value",
        message: `${showKey(key)} could not be checked (${(e as Error).message})`,
        fix: "write the value as plain text; if it is plain text, report this file as a bug",
      };
    }
    if ("message" in problem) {
      result.diagnostics.push(err(line, problem.code, problem.message, problem.fix));
      continue;
    }
    const k = key as keyof FrontMatter;
    (result.frontMatter as Record<string, unknown>)[k] = problem.value;
    result.lines[k] = line;
  }
  return result;
}

/** What one pass over the block's lines finds. */
interface BlockScan {
  /** 1-based line of each top-level key, as written (quotes removed). */
  keyLines: Map<string, number>;
  /** How many top-level `key:` lines there are. */
  keyCount: number;
  /** Line of the first key past MAX_FRONT_MATTER_KEYS, or null. */
  tooManyAt: number | null;
  /** Characters between the fences. */
  size: number;
  /** Line where the block passes MAX_FRONT_MATTER_CHARS, or null. */
  tooLargeAt: number | null;
}

/**
 * Finds each key's line and checks the limits in one pass, without any pattern built from the
 * text (a key once became a RegExp per line per key: quadratic, and a long key threw).
 */
function scanBlock(lines: string[], close: number): BlockScan {
  const scan: BlockScan = {
    keyLines: new Map(),
    keyCount: 0,
    tooManyAt: null,
    size: 0,
    tooLargeAt: null,
  };
  for (let i = 1; i < close; i++) {
    const l = lines[i] ?? "";
    scan.size += l.length + 1;
    if (scan.tooLargeAt === null && scan.size > MAX_FRONT_MATTER_CHARS) scan.tooLargeAt = i + 1;
    // A top-level key starts the line; indented lines, comments and list items are values.
    const c = l[0] ?? " ";
    const colon = l.indexOf(":");
    if (colon <= 0 || c === " " || c === "\t" || c === "#" || (c === "-" && l[1] === " ")) continue;
    scan.keyCount++;
    if (scan.keyCount === MAX_FRONT_MATTER_KEYS + 1) scan.tooManyAt = i + 1;
    let key = l.slice(0, colon).trimEnd();
    const q = key[0];
    if ((q === '"' || q === "'") && key.length > 1 && key.endsWith(q)) key = key.slice(1, -1);
    if (!scan.keyLines.has(key)) scan.keyLines.set(key, i + 1);
  }
  return scan;
}
