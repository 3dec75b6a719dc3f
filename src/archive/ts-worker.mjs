// The entry of every worker thread that runs a TypeScript module, in plain JavaScript: Node 20 workers cannot take tsx through
// execArgv, so this file registers tsx itself and then runs the TypeScript module whose URL is the
// worker's argument (see `tsWorker` in ts-worker.ts).
import { tsImport } from "tsx/esm/api";

await tsImport(process.argv[2], import.meta.url);
