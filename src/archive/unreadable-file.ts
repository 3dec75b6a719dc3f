import { diagnostic } from "./diagnostic.ts";
import type { Diagnostic } from "./types.ts";

/** The error for an article file the system would not let us read; one wording for check and build. */
export function unreadableFile(path: string, error: unknown): Diagnostic {
  const code = (error as NodeJS.ErrnoException).code ?? "EIO";
  return diagnostic(
    "error",
    path,
    null,
    "unreadable",
    `the file cannot be read (${code})`,
    code === "ENOENT"
      ? "check the path (if the file was just moved or deleted, run the command again)"
      : code === "EISDIR"
        ? "rename the folder so that its name does not end in .txt or .md"
        : "check the file's permissions (it must be readable by you)",
  );
}
