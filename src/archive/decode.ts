import { diagnostic } from "./diagnostic.ts";
import { isHtmlPath } from "./html/html-path.ts";
import type { Diagnostic } from "./types.ts";

/** Largest article file accepted, in bytes. A news article is rarely over 100 KiB; anything near this is not one article. */
export const MAX_ARTICLE_BYTES = 2 * 1024 * 1024;

/**
 * Largest saved web page (`.html`, `.htm`) accepted, in bytes. A page saved whole ("Save Page
 * As", SingleFile) carries its images, fonts and styles inlined (base64 `data:` URIs, `<style>`,
 * `<svg>`) and is often 3–30 MB for one article. Those payloads are dropped before the page is
 * parsed (html/page-payloads.ts), so its size costs decoding time, not a large tree (#15 item 2).
 */
export const MAX_SAVED_PAGE_BYTES = 64 * 1024 * 1024;

/** The size limit of a file: a saved page's, or a text article's. */
export const maxBytesOf = (path: string): number =>
  isHtmlPath(path) ? MAX_SAVED_PAGE_BYTES : MAX_ARTICLE_BYTES;

/** A size in MiB, one decimal. */
const mib = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(1)} MiB`;

/** The result of decoding a file's bytes; `warnings` says what was removed from the text. */
export type Decoded =
  { ok: true; text: string; warnings: Diagnostic[] } | { ok: false; error: Diagnostic };

/**
 * Characters removed from every article: C0 controls but tab and line feed (CR is turned into LF
 * first), DEL, C1 controls, U+FFFE and U+FFFF. XML 1.0 forbids most of them (one breaks the whole
 * feed), and escape sequences would reach terminals through `npm run search`. Lone surrogates,
 * XML's other illegal code points, cannot come out of fatal UTF-8 decoding.
 */
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\ufffe\uffff]/g;

/** Text with the characters XML and terminals cannot take removed (file names, before a page shows them). */
export const withoutControlCharacters = (text: string): string =>
  text.replace(CONTROL_CHARACTERS, "");

const utf8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false });

/** 1-based line number of a byte offset. */
function lineAtByte(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < bytes.length; i++) if (bytes[i] === 0x0a) line++;
  return line;
}

/** Byte offset of the first invalid UTF-8 sequence (the decoder only says that one exists). */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i] ?? 0;
    const need =
      b < 0x80
        ? 0
        : b >= 0xc2 && b <= 0xdf
          ? 1
          : b >= 0xe0 && b <= 0xef
            ? 2
            : b >= 0xf0 && b <= 0xf4
              ? 3
              : -1;
    if (need < 0) return i;
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
    }
    i += need + 1;
  }
  return bytes.length;
}

/** True when the bytes look like a binary file rather than text: a NUL byte or many control characters. */
function looksBinary(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 8192);
  let control = 0;
  for (const b of sample) {
    if (b === 0) return true;
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c) control++;
  }
  return control > sample.length / 20;
}

/** Removes control characters; one warning with their count and the line of the first. */
function stripControlCharacters(
  path: string,
  text: string,
): { text: string; warnings: Diagnostic[] } {
  let count = 0;
  let first = -1;
  const clean = text.replace(CONTROL_CHARACTERS, (_c: string, offset: number) => {
    if (count++ === 0) first = offset;
    return "";
  });
  if (count === 0) return { text, warnings: [] };
  let line = 1;
  for (let i = text.indexOf("\n"); i !== -1 && i < first; i = text.indexOf("\n", i + 1)) line++;
  const warning = diagnostic(
    "warning",
    path,
    line,
    "control-characters",
    `removed ${count} control character${count === 1 ? "" : "s"} (invisible codes such as ESC or BEL, forbidden in XML feeds and obeyed by terminals), the first on line ${line}`,
    "no action needed, the text is used without them; to silence this warning, delete them with an editor that shows invisible characters",
  );
  return { text: clean, warnings: [warning] };
}

/**
 * Turns a file's bytes into text: UTF-8 only, the byte-order mark dropped, CRLF and lone CR turned into LF,
 * control characters removed (with a warning). Empty, binary, oversized (`maxBytesOf`: a saved page
 * may be larger) and non-UTF-8 files are errors that name the file and say how to fix it.
 */
export function decodeArticleBytes(path: string, bytes: Uint8Array): Decoded {
  const fail = (line: number | null, code: string, message: string, fix: string): Decoded => ({
    ok: false,
    error: diagnostic("error", path, line, code, message, fix),
  });
  const limit = maxBytesOf(path);
  if (bytes.length > limit && limit === MAX_SAVED_PAGE_BYTES) {
    return fail(
      null,
      "file-too-large",
      `the saved page is ${bytes.length} bytes (${mib(bytes.length)}), over the ${limit}-byte (${mib(limit)}) limit for one saved page`,
      "save the page again without its media (a browser's \"Web Page, HTML only\", or SingleFile with images and fonts not embedded), or copy the article's text into a .txt file",
    );
  }
  if (bytes.length > limit) {
    return fail(
      null,
      "file-too-large",
      `the file is ${bytes.length} bytes, over the ${limit}-byte limit for one article`,
      "put one article per file, or cut the page chrome that was copied with it",
    );
  }
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return fail(
      1,
      "not-utf8",
      "the file is UTF-16, not UTF-8",
      "re-save the file as UTF-8 (without BOM) in your editor",
    );
  }
  if (looksBinary(bytes)) {
    return fail(
      null,
      "binary-file",
      "the file looks binary (it has NUL or control bytes), not text",
      "remove it from articles/, or save the article as plain UTF-8 text",
    );
  }
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    const at = firstInvalidUtf8(bytes);
    return fail(
      lineAtByte(bytes, at),
      "not-utf8",
      `the file is not valid UTF-8 (byte 0x${(bytes[at] ?? 0).toString(16).padStart(2, "0")} at offset ${at}); it may be Windows-1252 or Latin-1`,
      "re-save the file as UTF-8 in your editor (e.g. `iconv -f WINDOWS-1252 -t UTF-8`)",
    );
  }
  const stripped = stripControlCharacters(path, text.replace(/\r\n?/g, "\n"));
  text = stripped.text;
  if (text.trim() === "") {
    return fail(
      null,
      "empty-file",
      "the file is empty",
      "paste the article text into it, or delete it",
    );
  }
  return { ok: true, text, warnings: stripped.warnings };
}
