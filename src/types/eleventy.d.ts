/** The part of Eleventy's programmatic API the build uses (Eleventy ships no type declarations). */
declare module "@11ty/eleventy" {
  /** Options of `new Eleventy(input, output, options)`. */
  interface EleventyOptions {
    /** Path of the configuration file; false reads none. */
    configPath?: string | false;
    /** Configures the run, as a configuration file's function would (its return value is ignored). */
    config?: (eleventyConfig: never) => void | Promise<void>;
    /** Suppress Eleventy's own logging. */
    quietMode?: boolean;
  }
  /** One written file. */
  interface WriteResult {
    /** Path written. */
    outputPath?: string;
    /** Page URL. */
    url?: string;
  }
  /** An Eleventy build. */
  export default class Eleventy {
    constructor(input: string, output: string, options?: EleventyOptions);
    /** Silences Eleventy's own log lines. */
    disableLogger(): void;
    /** Renders and writes every page; resolves to the passthrough results and the written templates. */
    write(): Promise<[unknown, WriteResult[]]>;
  }
}
