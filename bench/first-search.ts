/**
 * Bytes a first search transfers: the search page is opened in Chromium over loopback, a query
 * typed, and the sizes of every response after the page loaded (Pagefind's script, WebAssembly,
 * index and fragment files) summed.
 */
import type { AddressInfo } from "node:net";
import { chromium } from "playwright-core";
import { serveStatic } from "../src/serve/static-server.ts";

/** Bytes fetched by the first query `query` on `site`/search.html, and the milliseconds until results showed. */
export async function firstSearch(
  site: string,
  query: string,
): Promise<{ bytes: number; ms: number }> {
  const server = await serveStatic(site, 0);
  const browser = await chromium.launch({
    executablePath: "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking"],
  });
  try {
    const page = await browser.newPage();
    await page.goto(`http://127.0.0.1:${(server.address() as AddressInfo).port}/search.html`, {
      waitUntil: "networkidle",
    });
    let bytes = 0;
    page.on("response", async (r) => {
      bytes += (await r.body().catch(() => Buffer.alloc(0))).length;
    });
    const started = Date.now();
    await page.fill("#q", query);
    await page.waitForFunction(
      () => /match/.test(document.getElementById("search-status")?.textContent ?? ""),
      null,
      { timeout: 30000 },
    );
    const ms = Date.now() - started;
    await page.waitForLoadState("networkidle");
    return { bytes, ms };
  } finally {
    await browser.close();
    server.close();
  }
}

/** Bytes only. */
export async function firstSearchBytes(site: string, query: string): Promise<number> {
  return (await firstSearch(site, query)).bytes;
}
