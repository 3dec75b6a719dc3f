/** Requests sent byte for byte to a local server (no URL normalisation on the way), for hostile-request tests. */
import { request } from "node:http";

/** What a server answered. */
export interface Answer {
  /** HTTP status. */
  status: number;
  /** Response headers. */
  headers: Record<string, string | string[] | undefined>;
  /** Body as text. */
  body: string;
}

/** Sends `path` as it is to `host:port`. */
export function rawRequest(
  port: number,
  path: string,
  method = "GET",
  host = "127.0.0.1",
): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = request({ host, port, path, method, agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () =>
        resolve({
          status: res.statusCode ?? 0,
          headers: res.headers,
          body: Buffer.concat(chunks).toString(),
        }),
      );
    });
    req.on("error", reject);
    req.end();
  });
}
