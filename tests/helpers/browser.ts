/**
 * Chromium for browser tests: Debian's `/usr/bin/chromium` driven by playwright-core (browser
 * downloads cannot reach this network). Without it the tests are skipped with a loud message,
 * except in CI (`CI=true`), where a missing browser fails the run.
 */
import { existsSync, readFileSync } from "node:fs";
import { chromium, type Browser, type Page } from "playwright-core";

/** Where Debian installs Chromium. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

/** A reason to skip browser tests, or false when Chromium is there. Throws in CI. */
export function browserMissing(): string | false {
  if (existsSync(CHROMIUM)) return false;
  const message = `Chromium not found at ${CHROMIUM}: browser tests cannot run. Install it with \`apt-get install chromium\` (or set CHROMIUM_PATH).`;
  if (process.env.CI) throw new Error(message);
  process.stderr.write(`\n\x1b[1;31m!!! ${message} Skipping them.\x1b[0m\n\n`);
  return message;
}

/** Launches headless Chromium with the flags this machine needs. */
export function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-quic",
      "--no-first-run",
      "--disable-sync",
    ],
  });
}

/** Collects console errors and uncaught exceptions of a page. */
export function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on("console", (m) => {
    if (m.type() === "error") errors.push(m.text());
  });
  page.on("pageerror", (e) => errors.push(String(e)));
  return errors;
}

const axeSource = readFileSync("node_modules/axe-core/axe.min.js", "utf8");

/** Runs axe on the page; returns the serious and critical violations as `rule: target` strings. */
export async function seriousA11yViolations(page: Page): Promise<string[]> {
  // Evaluated through the DevTools protocol, so the page's CSP (no inline scripts) does not block it.
  await page.evaluate(axeSource);
  const result = await page.evaluate(async () => {
    const axe = (
      globalThis as unknown as {
        axe: {
          run(): Promise<{
            violations: { id: string; impact: string; nodes: { target: string[] }[] }[];
          }>;
        };
      }
    ).axe;
    return axe.run();
  });
  return result.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(" ")}`));
}
