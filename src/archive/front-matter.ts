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

/** What editors often write instead of a documented key, and what to write. */
const KEY_SUGGESTIONS: Record<string, string> = {
  title: "headline",
  publisher: "source",
  outlet: "source",
  byline: "author",
  editor: "author",
  authors: "author",
  link: "url",
  tags: "themes",
  topics: "themes",
  theme: "themes",
  lang: "language",
  place: "dateline",
  location: "dateline",
  published: "date",
};

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
  const language = (open[1] ?? "").toLowerCase();
  if (language !== "" && language !== "yaml" && language !== "yml") {
    return {
      ...none,
      diagnostics: [
        err(
          1,
          "front-matter-language",
          `front matter in "${open[1]}" is not allowed (it would be executed)`,
          "write the block as YAML between two `---` lines",
        ),
      ],
    };
  }
  const lines = text.split("\n");
  const close = lines.findIndex((l, i) => i > 0 && l.startsWith("---"));
  if (close === -1) {
    return {
      ...none,
      diagnostics: [
        err(
          1,
          "front-matter-unclosed",
          "the front-matter block opened on line 1 is never closed",
          "add a line `---` after the last `key: value` line",
        ),
      ],
    };
  }
  if ((lines[close] ?? "").trimEnd() !== "---") {
    return {
      ...none,
      diagnostics: [
        err(
          close + 1,
          "front-matter-fence",
          "the closing front-matter line must be exactly `---`",
          "put nothing else on that line",
        ),
      ],
    };
  }
  const raw = lines.slice(0, close + 1).join("\n");
  const result: SplitResult = {
    frontMatter: {},
    lines: {},
    text: lines.slice(close + 1).join("\n"),
    firstLine: close + 2,
    raw,
    diagnostics: [],
  };
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
  const keyLine = (key: string): number => {
    const i = lines.findIndex(
      (l, n) =>
        n > 0 &&
        n < close &&
        new RegExp(`^${key.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\s*:`).test(l),
    );
    return i === -1 ? 1 : i + 1;
  };
  for (const [key, value] of Object.entries(data)) {
    const line = keyLine(key);
    const problem = validateKey(key, value, now);
    if (typeof problem === "object" && "message" in problem) {
      result.diagnostics.push(err(line, problem.code, problem.message, problem.fix));
      continue;
    }
    const k = key as keyof FrontMatter;
    (result.frontMatter as Record<string, unknown>)[k] = problem.value;
    result.lines[k] = line;
  }
  return result;
}

type KeyCheck = { value: unknown } | { code: string; message: string; fix: string };

/** Checks one key and its value; returns the normalised value or what is wrong. */
function validateKey(key: string, value: unknown, now: Date): KeyCheck {
  if (OUTPUT_PATH_KEYS.has(key.toLowerCase())) {
    return {
      code: "front-matter-output-path",
      message: `\`${key}\` cannot be set: output paths come from the slug`,
      fix: "remove the key; set `slug:` to change the page name",
    };
  }
  if (!(key in FRONT_MATTER_KEYS)) {
    const suggestion = KEY_SUGGESTIONS[key.toLowerCase()];
    const known = Object.keys(FRONT_MATTER_KEYS).join(", ");
    return {
      code: "front-matter-unknown-key",
      message: `unknown front-matter key \`${key}\``,
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
        return bad(`"${String(value)}" is not a supported language`, "write en, es or ru");
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
