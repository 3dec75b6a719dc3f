/**
 * Watches folders (recursively) for files added, changed or removed. A folder that does not
 * exist is reported once and not watched; a watcher that fails later is reported, not fatal.
 */
import { existsSync, watch, type FSWatcher } from "node:fs";
import { join } from "node:path";

/** Calls `onChange` with `folder/file` for each change; returns a function that stops watching. */
export function watchFolders(
  folders: readonly string[],
  onChange: (path: string) => void,
  log: (line: string) => void,
): () => void {
  const watchers: FSWatcher[] = [];
  for (const folder of folders) {
    if (!existsSync(folder)) {
      log(`${folder}/ does not exist: not watched (create it and restart to watch it).`);
      continue;
    }
    try {
      const watcher = watch(folder, { recursive: true }, (_event, file) =>
        onChange(file ? join(folder, file.toString()) : folder),
      );
      watcher.on("error", (e) =>
        log(`stopped watching ${folder}/ (${e.message}) — restart npm start to watch it again`),
      );
      watchers.push(watcher);
    } catch (e) {
      log(`cannot watch ${folder}/ (${(e as Error).message}); changes there need a restart.`);
    }
  }
  return () => {
    for (const w of watchers) w.close();
  };
}
