/**
 * The keys front matter may hold and the check of each key's value: what an editor may set, what
 * they often write instead, and the limits on a block. Values are normalised or explained.
 */
import { isFutureDate, isRealDate, parseIsoPartialDate } from "./calendar.ts";
import type { FrontMatter, Language } from "./types.ts";

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
export const KNOWN_KEYS: ReadonlySet<string> = new Set(Object.keys(FRONT_MATTER_KEYS));

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

/** A key for a message, in backticks, shortened when it is long. */
export function showKey(key: string): string {
  return key.length > MAX_KEY_SHOWN
    ? `\`${key.slice(0, MAX_KEY_SHOWN)}…\` (${key.length} characters)`
    : `\`${key}\``;
}

/** A key's value, normalised, or what is wrong with it. */
export type KeyCheck = { value: unknown } | { code: string; message: string; fix: string };

/** Checks one key and its value; returns the normalised value or what is wrong. */
export function validateKey(key: string, value: unknown, now: Date): KeyCheck {
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
