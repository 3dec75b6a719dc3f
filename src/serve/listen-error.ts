/**
 * Why a server could not start listening, as one line an editor can act on: `what — how to fix`.
 * The command prints only the message (no stack trace) and exits non-zero.
 */

/** A server that could not listen on the port or address it was given. */
export class ListenError extends Error {
  override readonly name = "ListenError";
}

/** Turns a `listen` failure into a ListenError naming the port or host and the fix. */
export function listenError(error: NodeJS.ErrnoException, port: number, host: string): ListenError {
  const next = port >= 65535 || port === 0 ? 8081 : port + 1;
  switch (error.code) {
    case "EADDRINUSE":
      return new ListenError(
        `port ${port} on ${host} is already in use (another server is running there) — stop that server, or choose another port: PORT=${next} npm start`,
      );
    case "EACCES":
      return new ListenError(
        `port ${port} needs administrator rights on this system — choose a port from 1024 up: PORT=8080 npm start`,
      );
    case "EADDRNOTAVAIL":
    case "ENOTFOUND":
    case "EAI_AGAIN":
      return new ListenError(
        `HOST=${host} is not an address of this machine — leave HOST unset (127.0.0.1, this machine only), or set HOST=0.0.0.0 to listen on every interface`,
      );
    default:
      return new ListenError(
        `cannot listen on ${host}:${port} (${error.code ?? error.message}) — choose another port or host: PORT=${next} npm start`,
      );
  }
}
