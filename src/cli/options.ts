/**
 * Command-line options for every command, through `node:util`'s `parseArgs`: an unknown or
 * misspelt option is an error that suggests the nearest known one (`--ouput x` once went unnoticed
 * and the build wrote to `_site`), and every command answers `--help` with its usage.
 */
import { parseArgs, type ParseArgsConfig } from "node:util";

/** What a command accepts: its usage line, a sentence on what it does, and its options. */
export interface CommandSpec {
  /** The usage line, e.g. `npm run build [-- --articles DIR --output DIR]`. */
  usage: string;
  /** What the command does, in a sentence or two. */
  about: string;
  /** Each option (without `--`): its type, whether it repeats, its default, and a one-line description. */
  options: Record<
    string,
    { type: "string" | "boolean"; multiple?: boolean; default?: string; describe: string }
  >;
  /** Whether words without `--` are taken (file names, a query). */
  positionals?: boolean;
}

/** The parsed options and words of the command line. */
export interface ParsedCommand {
  /** Options by name. */
  values: Record<string, string | boolean | string[] | undefined>;
  /** Words without `--`. */
  positionals: string[];
}

/** Number of single-letter edits between two words. */
function distance(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++)
      next[j] = Math.min(
        row[j]! + 1,
        next[j - 1]! + 1,
        row[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
    row = next;
  }
  return row[b.length]!;
}

/** The usage text `--help` prints. */
export function helpText(spec: CommandSpec): string {
  const width = Math.max(...Object.keys(spec.options).map((n) => n.length), 4) + 10;
  const lines = Object.entries(spec.options).map(([name, o]) => {
    const flag = `--${name}${o.type === "string" ? " VALUE" : ""}`;
    const more = [o.multiple ? "may repeat" : "", o.default ? `default ${o.default}` : ""]
      .filter(Boolean)
      .join("; ");
    return `  ${flag.padEnd(width)}${o.describe}${more ? ` (${more})` : ""}`;
  });
  return [
    `usage: ${spec.usage}`,
    "",
    spec.about,
    "",
    ...lines,
    `  ${"--help".padEnd(width)}this text`,
  ].join("\n");
}

/**
 * The command line parsed by `spec`. `--help` prints the usage and ends the process; an unknown
 * option or a missing value prints what is wrong and how to fix it, and ends it with status 2.
 */
export function parseCommand(spec: CommandSpec, argv = process.argv.slice(2)): ParsedCommand {
  const options: ParseArgsConfig["options"] = { help: { type: "boolean" } };
  for (const [name, o] of Object.entries(spec.options))
    options[name] = { type: o.type, ...(o.multiple ? { multiple: true } : {}) };
  const args = argv.filter((a) => a !== "--");
  try {
    const parsed = parseArgs({
      args,
      options,
      allowPositionals: spec.positionals ?? false,
      strict: true,
    });
    if (parsed.values.help) {
      console.log(helpText(spec));
      process.exit(0);
    }
    const values = { ...parsed.values } as ParsedCommand["values"];
    for (const [name, o] of Object.entries(spec.options))
      if (values[name] === undefined && o.default !== undefined) values[name] = o.default;
    return { values, positionals: parsed.positionals };
  } catch (e) {
    console.error(`${optionProblem(spec, args, (e as Error).message)}\n\n${helpText(spec)}`);
    process.exit(2);
  }
}

/** One line on what is wrong with the command line, and how to fix it. */
function optionProblem(spec: CommandSpec, args: string[], message: string): string {
  const unknown = /Unknown option '(--?[^']+)'/.exec(message)?.[1];
  if (unknown) {
    const name = unknown.replace(/^-+/, "").split("=")[0]!;
    const nearest = Object.keys(spec.options)
      .map((known) => ({ known, d: distance(name, known) }))
      .sort((a, b) => a.d - b.d)[0];
    const hint =
      nearest && nearest.d <= Math.max(2, name.length / 3)
        ? `did you mean --${nearest.known}?`
        : "see the options below";
    return `unknown option ${unknown} — ${hint}`;
  }
  if (/Unexpected argument/.test(message))
    return `unexpected word ${JSON.stringify(args.find((a) => !a.startsWith("-")) ?? "")} — this command takes options only`;
  return `${message.replace(/\.$/, "")} — see the options below`;
}
