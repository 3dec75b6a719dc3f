/**
 * The parts of `@11ty/eleventy-dev-server` (a CommonJS package without types) that the preview
 * server uses, as its source (server.js, version 2.x) defines them.
 */
declare module "@11ty/eleventy-dev-server" {
  import type { IncomingMessage, Server, ServerResponse } from "node:http";

  /** Constructor options (the dev server's `DEFAULT_OPTIONS`). */
  export interface DevServerOptions {
    liveReload?: boolean;
    domDiff?: boolean;
    portReassignmentRetryCount?: number;
    showVersion?: boolean;
    watch?: string[];
    headers?: Record<string, string>;
    messageOnStart?: () => string | false;
    logger?: {
      info(message: string): void;
      log(message: string): void;
      error(message: string): void;
    };
  }

  /** Where a URL leads: a file (200), a redirect (`url`), or 404. */
  export interface UrlMatch {
    statusCode: number;
    filepath?: string;
    url?: string;
  }

  /** What `reload` broadcasts to open pages. */
  export interface ReloadEvent {
    files?: string[];
    subtype?: string;
    build?: { templates?: unknown[] };
  }

  export default class EleventyDevServer {
    constructor(name: string, dir: string, options?: DevServerOptions);
    /** The HTTP server, created on first access with the dev server's own handlers. */
    readonly server: Server;
    /** Resolves once the server listens and its WebSocket is attached. */
    ready(): Promise<void>;
    close(): Promise<void>;
    reload(event?: ReloadEvent): void;
    sendError(event: { error: Error }): void;
    /** Throws on bad percent-encoding and on paths it sees as outside `dir`. */
    mapUrlToFilePath(url: string): UrlMatch;
    augmentContentWithNotifier(content: string, inlineContents?: boolean, options?: object): string;
    onRequestHandler(req: IncomingMessage, res: ServerResponse): Promise<void>;
  }
}
