import matter from "gray-matter";
import yaml from "js-yaml";
import { isFutureDate, isRealDate, parseIsoPartialDate } from "./calendar.ts";
import { diagnostic } from "./diagnostic.ts";
import type { Diagnostic, FrontMatter, Language } from "./types.ts";

/** Keys an editor may set, each with a one-line description used in error messages and the README. */
export const FRONT_MATTER_KEYS: Record<keyof FrontMatter, string> = {
  headline: "the headline, when the text's first line is not it",
  date: "publication date: YYYY, YYYY-MM or YYYY-MM-DD, optionally with a time (2024-02-19 08:34)",
  source: "the outlet that published the article (a name or alias from the outlet registry)",
  dateline: "the place the article was filed from",
  author: "author(s) or editor",
  attribution: "an outlet the article credits as its origin",
  url: "address of the original page (http or https)",
  themes: "list of theme slugs, replacing the rule-assigned themes",
  slug: "page name (a-z, 0-9 and hyphens), to resolve a slug collision",
  language: "language of the text: en, es or ru",
};

/** The documented keys, as a Set: `in` on an object would also accept `constructor` or `__proto__`. */
const KNOWN_KEYS: ReadonlySet<string> = new Set(Object.keys(FRONT_MATTER_KEYS));

/** What editors often write instead of a documented key, and what to write (a Map, for the same reason). */
const KEY_SUGGESTIONS: ReadonlyMap<string, string> = new Map([
  ["title", "headline"],
  ["publisher", "source"],
  ["outlet", "source"],
  ["byline", "author"],
  ["editor", "author"],
  ["authors", "author"],
  ["link", "url"],
  ["tags", "themes"],
  ["topics", "themes"],
  ["theme", "themes"],
  ["lang", "language"],
  ["place", "dateline"],
  ["location", "dateline"],
  ["published", "date"],
]);

/** Largest block read, in characters between the fences: a full set of facts takes a few hundred. */
export const MAX_FRONT_MATTER_CHARS = 8192;

/** Most keys a block may have: there are ten documented ones, each set once. */
export const MAX_FRONT_MATTER_KEYS = 50;

/** Keys longer than this are shown shortened in messages (none of the documented ones comes close). */
const MAX_KEY_SHOWN = 40;

/** Keys that would choose where output is written: refused outright. */
const OUTPUT_PATH_KEYS = new Set([
  "permalink",
  "output",
  "outputpath",
  "path",
  "layout",
  "eleventyexcludefromcollections",
]);

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

/** Parses a date value: `YYYY[-MM[-DD]]`, optionally followed by `T` or a space and `HH:MM[:SS]`. */
export function parseDateValue(value: string): { date: string; time: string | null } | null {
  const m =
    /^(\d{4}(?:-\d{2}(?:-\d{2})?)?)(?:[T ](\d{2}:\d{2}(?::\d{2})?)(Z|[+-]\d{2}:\d{2})?)?$/.exec(
      value.trim(),
    );
  if (!m || !m[1]) return null;
  const parts = parseIsoPartialDate(m[1]);
  if (!parts || !isRealDate(parts)) return null;
  if (m[2] && parts.day === undefined) return null;
  if (m[2]) {
    const [h, min, s] = m[2].split(":").map(Number);
    if ((h ?? 99) > 23 || (min ?? 99) > 59 || (s ?? 0) > 59) return null;
  }
  return { date: m[1], time: m[2] ? m[2] + (m[3] ?? "") : null };
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

/** A key for a message, in backticks, shortened when it is long. */
function showKey(key: string): string {
  return key.length > MAX_KEY_SHOWN
    ? `\`${key.slice(0, MAX_KEY_SHOWN)}…\` (${key.length} characters)`
    : `\`${key}\``;
}

type KeyCheck = { value: unknown } | { code: string; message: string; fix: string };

/** Checks one key and its value; returns the normalised value or what is wrong. */
function validateKey(key: string, value: unknown, now: Date): KeyCheck {
  if (OUTPUT_PATH_KEYS.has(key.toLowerCase())) {
    return {
      code: "front-matter-output-path",
      message: `${showKey(key)} cannot be set: output paths come from the slug`,
      fix: "remove the key; set `slug:` to change the page name",
    };
  }
  if (!KNOWN_KEYS.has(key)) {
    const suggestion = KEY_SUGGESTIONS.get(key.toLowerCase());
    const known = Object.keys(FRONT_MATTER_KEYS).join(", ");
    return {
      code: "front-matter-unknown-key",
      message: `unknown front-matter key ${showKey(key)}`,
      fix: suggestion
        ? `did you mean \`${suggestion}\`? Known keys: ${known}`
        : `remove it; known keys: ${known}`,
    };
  }
  const bad = (message: string, fix: string): KeyCheck => ({
    code: "front-matter-value",
    message: `\`${key}\`: ${message}`,
    fix,
  });
  if (value === null || value === undefined || value === "")
    return bad(
      "the value is empty",
      `give a value (${FRONT_MATTER_KEYS[key as keyof FrontMatter]}) or remove the line`,
    );
  switch (key as keyof FrontMatter) {
    case "date": {
      const text = typeof value === "number" ? String(value) : value;
      if (typeof text !== "string")
        return bad("must be a date like 2024-02-19", "write YYYY, YYYY-MM or YYYY-MM-DD");
      const parsed = parseDateValue(text);
      if (!parsed)
        return bad(
          `"${text}" is not a real date`,
          "write YYYY, YYYY-MM or YYYY-MM-DD (optionally ` HH:MM`), and check the day exists in that month",
        );
      const parts = parseIsoPartialDate(parsed.date);
      if (parts && isFutureDate(parts, now))
        return bad(
          `${parsed.date} is in the future`,
          "check the year; an archive holds only published articles",
        );
      return { value: text.trim() };
    }
    case "url": {
      if (typeof value !== "string")
        return bad("must be text", "write the full address, starting with https://");
      let url: URL;
      try {
        url = new URL(value);
      } catch {
        return bad(
          `"${value}" is not an address`,
          "write the full address, starting with https://",
        );
      }
      if (url.protocol !== "http:" && url.protocol !== "https:")
        return bad(
          `only http and https addresses are allowed, not ${url.protocol}`,
          "write the full address, starting with https://",
        );
      return { value: url.href };
    }
    case "themes": {
      const list = typeof value === "string" ? [value] : value;
      if (
        !Array.isArray(list) ||
        !list.every((t) => typeof t === "string" && /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(t))
      ) {
        return bad(
          "must be a list of theme slugs",
          "write e.g. `themes: [diplomacy, economy]` using slugs from the themes data file",
        );
      }
      return { value: list };
    }
    case "slug": {
      if (
        typeof value !== "string" ||
        !/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(value) ||
        value.length > 100
      ) {
        return bad(
          "must be lowercase letters, digits and single hyphens (at most 100 characters)",
          "write e.g. `slug: lavrov-havana-2024`",
        );
      }
      return { value };
    }
    case "language": {
      const langs: Language[] = ["en", "es", "ru"];
      if (typeof value !== "string" || !langs.includes(value as Language))
        return bad(
          `${typeof value === "string" ? `"${value}"` : "the value"} is not a supported language`,
          "write en, es or ru",
        );
      return { value };
    }
    default: {
      if (typeof value !== "string" && typeof value !== "number")
        return bad("must be plain text", "write the value on the same line as the key");
      const text = String(value).trim();
      if (text.includes("\n")) return bad("must be one line", "write the value on one line");
      return { value: text };
    }
  }
}
