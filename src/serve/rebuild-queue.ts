/**
 * Rebuilds on request, debounced and one at a time: changes arrive in bursts (an editor saving
 * several files, a folder copied in), so a build starts once the requests have been quiet for
 * `debounceMs`; requests during a build make one more build after it, never a second at once.
 */

/** Debounced, serialised runs of `build`. */
export class RebuildQueue {
  readonly #build: (reason: string) => Promise<void>;
  readonly #debounceMs: number;
  #timer: NodeJS.Timeout | null = null;
  #running: Promise<void> | null = null;
  #again: string | null = null;
  #closed = false;

  /** `build` must not throw; it is given the reason of the request that started it. */
  constructor(build: (reason: string) => Promise<void>, debounceMs = 300) {
    this.#build = build;
    this.#debounceMs = debounceMs;
  }

  /** Asks for a build once things are quiet. */
  request(reason: string): void {
    if (this.#closed) return;
    if (this.#timer) clearTimeout(this.#timer);
    this.#timer = setTimeout(() => {
      this.#timer = null;
      this.#start(reason);
    }, this.#debounceMs);
  }

  /** Runs a build now (or right after the current one); resolves when no build is running. */
  async runNow(reason: string): Promise<void> {
    this.#start(reason);
    await this.#running;
  }

  /** Stops taking requests and waits for a running build to end (a build cannot be cut short). */
  async close(): Promise<void> {
    this.#closed = true;
    if (this.#timer) clearTimeout(this.#timer);
    this.#timer = null;
    await this.#running;
  }

  #start(reason: string): void {
    if (this.#running) {
      this.#again = reason;
      return;
    }
    this.#running = (async (): Promise<void> => {
      for (let next: string | null = reason; next !== null && !this.#closed;) {
        this.#again = null;
        await this.#build(next);
        next = this.#again;
      }
    })().finally(() => {
      this.#running = null;
    });
  }
}
