/**
 * Checks every request to a local server before any file is touched: only GET and HEAD, a URL
 * that decodes, no `..` that an encoded slash smuggled past URL normalisation, no NUL byte; and,
 * once a file is chosen, that its real path (symlinks followed) is inside the site folder.
 */
import { existsSync } from "node:fs";
import { realpath } from "node:fs/promises";
import type { ServerResponse } from "node:http";
import { sep } from "node:path";

/** Longest request target answered; site paths are far shorter. */
export const MAX_URL_LENGTH = 4096;

/** A request refused, with the status and a one-line reason. */
export interface Refusal {
  /** HTTP status to answer with. */
  status: number;
  /** One line saying why, sent as the body. */
  message: string;
  /** Extra headers (e.g. `allow` with a 405). */
  headers?: Record<string, string>;
}

/** The decoded path of an acceptable request, or why it is refused. */
export type RequestCheck = { ok: true; path: string } | ({ ok: false } & Refusal);

/** Decides whether a request may be served; `path` is its decoded pathname. */
export function checkRequest(method: string | undefined, url: string | undefined): RequestCheck {
  if (method !== "GET" && method !== "HEAD")
    return {
      ok: false,
      status: 405,
      message: `${method ?? "this method"} is not served: the site is read-only (GET and HEAD only).`,
      headers: { allow: "GET, HEAD" },
    };
  if (!url?.startsWith("/"))
    return { ok: false, status: 400, message: "The address must be a path starting with /." };
  if (url.length > MAX_URL_LENGTH)
    return { ok: false, status: 414, message: "The address is too long." };
  let decoded: string;
  try {
    // The target is taken as a path even when it starts with `//` (no host is read from it).
    decoded = decodeURIComponent(new URL(`http://localhost${url}`).pathname);
  } catch {
    return { ok: false, status: 400, message: "The address has bad percent-encoding." };
  }
  if (decoded.includes("\0"))
    return { ok: false, status: 400, message: "The address contains a NUL byte." };
  // URL parsing already removed literal and `%2e` dot segments; any left came through `%2f`/`%5c`.
  if (decoded.split(/[\\/]/).includes(".."))
    return { ok: false, status: 403, message: "Paths outside the site folder are not served." };
  return { ok: true, path: decoded };
}

/** Where a file's real path (symlinks followed) lies relative to `root`; "missing" when it is gone. */
export async function realPlace(
  root: string,
  file: string,
): Promise<"inside" | "outside" | "missing"> {
  try {
    const [base, target] = await Promise.all([realpath(root), realpath(file)]);
    return target === base || target.startsWith(base + sep) ? "inside" : "outside";
  } catch {
    return "missing";
  }
}

/**
 * Waits while `folder` is missing, up to `ms`: a build swaps the new site in with two renames,
 * and a request between them would otherwise find no site at all. True when it is there.
 */
export async function folderPresent(folder: string, ms = 2000): Promise<boolean> {
  for (let waited = 0; !existsSync(folder); waited += 25) {
    if (waited >= ms) return false;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  return true;
}

/** Answers with a short plain-text message (nothing else of the response has been sent). */
export function sendPlain(
  res: ServerResponse,
  status: number,
  message: string,
  headers: Record<string, string> = {},
): void {
  const body = `${message}\n`;
  res.writeHead(status, {
    "content-type": "text/plain; charset=utf-8",
    "cache-control": "no-store",
    ...headers,
    "content-length": Buffer.byteLength(body),
    "x-content-type-options": "nosniff",
  });
  res.end(body);
}

/** Answers a refused request. */
export const refuse = (res: ServerResponse, r: Refusal): void =>
  sendPlain(res, r.status, r.message, r.headers);
