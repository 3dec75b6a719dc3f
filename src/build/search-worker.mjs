// Worker entry in plain JavaScript: Node 20 workers cannot take tsx through execArgv, so this
// file registers tsx itself and then runs the TypeScript worker (search-worker.ts).
import { tsImport } from "tsx/esm/api";

await tsImport("./search-worker.ts", import.meta.url);
