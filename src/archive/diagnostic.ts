import { escapeForTerminal } from "./terminal-text.ts";
import type { Diagnostic, Severity } from "./types.ts";

/** Builds a diagnostic value; every problem the domain finds goes through here. */
export function diagnostic(
  severity: Severity,
  path: string,
  line: number | null,
  code: string,
  message: string,
  fix: string,
): Diagnostic {
  return { path, line, code, severity, message, fix };
}

/**
 * Formats a diagnostic as `path:line: what is wrong — how to fix it`, the form editors and editors' tools read.
 * It is printed to terminals, and file names and quoted text can hold escape sequences: escaped.
 */
export function formatDiagnostic(d: Diagnostic): string {
  const where = d.line === null ? d.path : `${d.path}:${d.line}`;
  const label = d.severity === "warning" ? "warning: " : "";
  return escapeForTerminal(`${where}: ${label}${d.message} — ${d.fix}`);
}
