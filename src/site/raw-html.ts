/**
 * The one way raw HTML enters a page. Templates escape every value (`renderJsx`, with `escapeHtml`
 * from escape-html.ts); only values of type `SafeHtml` pass through unescaped, and only this
 * module and render-body.ts make them: sentences rendered by markdown-it with `html: false`, JSON
 * for a data script, the doctype.
 */

declare const safe: unique symbol;

/** HTML that is known to be safe: made only by `renderSentence`, `jsonForScript` and `DOCTYPE`. */
export type SafeHtml = string & { readonly [safe]: true };

/** Marks a string as safe. Only this file and render-body.ts call it: nothing else may make SafeHtml. */
export function markSafe(html: string): SafeHtml {
  return html as SafeHtml;
}

/** The doctype every page starts with. */
export const DOCTYPE: SafeHtml = markSafe("<!DOCTYPE html>");

/**
 * JSON for `<script type="application/ld+json">`: `<`, `>` and `&` are escaped as `\u003c` …,
 * so no article text can close the script element.
 */
export function jsonForScript(value: unknown): SafeHtml {
  return markSafe(
    JSON.stringify(value)
      .replace(/</g, "\\u003c")
      .replace(/>/g, "\\u003e")
      .replace(/&/g, "\\u0026")
      .replace(/\u2028/g, "\\u2028")
      .replace(/\u2029/g, "\\u2029"),
  );
}

/** The named helper: hands safe HTML to the JSX runtime unescaped. */
export function rawHtml(html: SafeHtml): { html: string } {
  return { html };
}
