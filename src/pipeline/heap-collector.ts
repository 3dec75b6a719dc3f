/**
 * Full garbage collections between the steps of a long loop (render batches, search shards).
 * Left to itself, V8 lets a heap grow towards its limit (gigabytes on a large machine) before it
 * collects what finished steps left behind: a search worker indexing 100,000 articles grew to
 * 900 MB of mostly garbage. Each thread has its own heap, so each loop gets its own collector.
 *
 * `collect` also compacts: a full collection frees objects but keeps every page that still holds
 * one, so after the views of 100,000 articles were assembled the heap kept 1.2 GB for 0.66 GB of
 * live data through the whole render. Compacting moves the survivors together and returns the
 * rest; it costs more, so the steps of a loop (`collectIfGrown`) do not.
 */
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";

setFlagsFromString("--expose-gc");
const gc = runInNewContext("gc") as () => void;

/** A full collection that also compacts every page with free space. */
function compactingGc(): void {
  setFlagsFromString("--compact-on-every-full-gc");
  try {
    gc();
  } finally {
    setFlagsFromString("--no-compact-on-every-full-gc");
  }
}

/** How far (percent) V8 lets the old generation grow past what a full collection left. */
const GROWTH_PERCENT = 50;

/**
 * Bounds the growth of every heap of the process to `GROWTH_PERCENT` between full collections
 * (the size limit of the heap is unchanged). By default V8 may let a heap grow to several times
 * its live data first: assembling the views of 100,000 articles took the main heap from 0.44 GB
 * of facts to 1.5 GB, mostly garbage, with no full collection at all; bounded, it peaks at 0.95 GB
 * for three collections.
 */
export function boundHeapGrowth(): void {
  setFlagsFromString(`--heap-growing-percent=${GROWTH_PERCENT}`);
}

/** Growth of the heap, since the last collection, above which a step's garbage is collected. */
const COLLECT_AFTER = 128 * 1024 * 1024;

/** Collects this thread's garbage when asked, or once its heap has grown enough. */
export interface HeapCollector {
  /** Collects and compacts now. */
  collect(): void;
  /** Collects if the heap has grown more than `COLLECT_AFTER` since the last collection. */
  collectIfGrown(): void;
}

/**
 * A collector for this thread. Growth is measured from what the last collection left (the live
 * data of a large archive alone can exceed the threshold), so it collects only when steps have
 * piled up garbage.
 */
export function heapCollector(): HeapCollector {
  let live = process.memoryUsage().heapUsed;
  const after = (collection: () => void) => (): void => {
    collection();
    live = process.memoryUsage().heapUsed;
  };
  const collect = after(compactingGc);
  const collectPlain = after(gc);
  return {
    collect,
    collectIfGrown: () => {
      if (process.memoryUsage().heapUsed > live + COLLECT_AFTER) collectPlain();
    },
  };
}
