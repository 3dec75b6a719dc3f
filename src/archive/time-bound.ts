/**
 * A time bound on each file's parse, so one runaway file becomes an error naming it instead of a
 * build that never ends (issue 13). Synchronous work cannot be interrupted from outside, except by
 * V8 itself: a `vm` script run with a timeout is stopped, with whatever it called, when the time
 * is up. Starting that watchdog costs about 0.3 ms, so files are run in groups under one bound;
 * a group that runs out of time is run again one file at a time, and only a file that runs out of
 * time alone is given up on.
 */
import { createContext, Script } from "node:vm";
import { diagnostic } from "./diagnostic.ts";
import type { Diagnostic } from "./types.ts";

/** Default time one file may take to parse: far above any real article (milliseconds each). */
export const PARSE_TIME_LIMIT_MS = 20_000;

/** Files run under one bound before each is run alone. */
const GROUP = 50;

const sandbox = createContext({ task: (): void => {} });
const runTask = new Script("task()");

/** Runs `task` to its end, or stops it after `limitMs`; true when it finished. */
function finishedWithin(task: () => void, limitMs: number): boolean {
  sandbox.task = task;
  try {
    runTask.runInContext(sandbox, { timeout: Math.max(1, Math.round(limitMs)) });
    return true;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === "ERR_SCRIPT_EXECUTION_TIMEOUT") return false;
    throw e;
  } finally {
    sandbox.task = (): void => {};
  }
}

/**
 * Hands `onResult` the `work` of each item, in order, each within `limitMs`; `overrun(item)` stands
 * for the result of an item whose work did not finish in time alone.
 */
export function forEachWithinTimeLimit<I, R>(
  items: readonly I[],
  work: (item: I) => R,
  overrun: (item: I) => R,
  onResult: (result: R) => void,
  limitMs: number = PARSE_TIME_LIMIT_MS,
): void {
  for (let start = 0; start < items.length; start += GROUP) {
    const group = items.slice(start, start + GROUP);
    const done: R[] = [];
    if (finishedWithin(() => group.forEach((item) => done.push(work(item))), limitMs)) {
      done.forEach(onResult);
      continue;
    }
    for (const item of group) {
      let result: R | undefined;
      onResult(finishedWithin(() => (result = work(item)), limitMs) ? result! : overrun(item));
    }
  }
}

/** The error for a file whose parse did not finish within `limitMs`. */
export function parseTimeLimitError(path: string, limitMs: number): Diagnostic {
  return diagnostic(
    "error",
    path,
    null,
    "parse-time-limit",
    `the file took more than ${(limitMs / 1000).toFixed(limitMs < 1000 ? 3 : 0)} s to parse and was given up on`,
    "cut the file down to the article's text (a saved web page's scripts and menus are not needed), or move it out of the articles folder; please report it, with the file, as a bug",
  );
}
