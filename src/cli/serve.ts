/**
 * `npm start [-- --articles DIR --output DIR]`: builds the archive, serves `_site/` on
 * http://127.0.0.1:8080/ with live reload, and rebuilds whenever an article, template, static or
 * data file is added, changed or removed (see src/serve/preview-server.ts). PORT and HOST
 * override the port and address; HOST=0.0.0.0 serves every network interface.
 */
import { ListenError } from "../serve/listen-error.ts";
import { startPreview } from "../serve/preview-server.ts";
import { parseCommand } from "./options.ts";

const { values } = parseCommand({
  usage: "npm start [-- --articles DIR --output DIR]   (PORT=8080 HOST=127.0.0.1 by default)",
  about:
    "Builds the site, serves it with live reload, and rebuilds whenever an article, template, static or data file changes. A failed rebuild keeps the last good site and shows its errors in the terminal and the open pages.",
  options: {
    articles: { type: "string", default: "articles", describe: "folder of article files" },
    output: { type: "string", default: "_site", describe: "folder the site is built in" },
  },
});

/** The port from PORT, or a one-line error. */
function portFromEnv(): number {
  const text = process.env.PORT ?? "8080";
  const port = Number(text);
  if (!/^\d+$/.test(text) || port > 65535) {
    console.error(
      `PORT=${text} is not a port number — set a number from 1024 to 65535, e.g. PORT=8081 npm start`,
    );
    process.exit(2);
  }
  return port;
}

try {
  const preview = await startPreview({
    articles: values.articles as string,
    output: values.output as string,
    port: portFromEnv(),
    host: process.env.HOST || "127.0.0.1",
  });
  const stop = (): void => {
    console.log("Stopping (waiting for a running build to finish)…");
    void preview.close().then(() => process.exit(0));
  };
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
} catch (e) {
  if (!(e instanceof ListenError)) throw e;
  console.error(e.message);
  process.exitCode = 1;
}
