/**
 * A worker thread that writes the search shards (see search-indexer.ts). It starts Pagefind's
 * process at once, then waits for its job: the build sends it once the views are assembled.
 * Reading each article's record and building two indexes is work the pages' render does not wait
 * for, so it runs on another core. Progress and the result go back as messages; an error ends the
 * worker with it.
 */
import { parentPort } from "node:worker_threads";
import { closePagefind, startPagefind } from "../search/pagefind-index.ts";
import type { IndexerCommand, IndexerMessage } from "./search-indexer.ts";
import { indexShards, type ShardJob } from "./search-shards.ts";

const port = parentPort!;
// A failure to start shows again, with its reason, when the first shard is indexed.
const started = startPagefind().catch(() => {});

port.on("message", (command: IndexerCommand) => {
  if ("stop" in command) void closePagefind().finally(() => process.exit(0));
  else void run(command.job);
});

async function run(job: ShardJob): Promise<void> {
  try {
    await started;
    const result = await indexShards(job, (done, total) =>
      port.postMessage({ progress: [done, total] } satisfies IndexerMessage),
    );
    port.postMessage({
      result: { ...result, fingerprints: [...result.fingerprints] },
    } satisfies IndexerMessage);
  } finally {
    port.unref(); // nothing more to wait for: the worker ends once Pagefind's process is closed
    await closePagefind();
  }
}
