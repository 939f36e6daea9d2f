// The app's HTTP server (Next's "custom server"), one process: /scim/v2 and below go straight to the SCIM core, whose
// answers cost far less than a trip through Next's request pipeline (~1 ms each); every other path goes to Next.
// API: serveApp({ dev, port, hostname }); prints "✓ Ready on <url>" once it accepts requests. Run by bin/server.js,
// alone or as one worker of WEB_CONCURRENCY (node:cluster, the port shared).
import cluster from "node:cluster";
import http from "node:http";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { freshLibBundle, LIB_BUNDLE_ENTRIES } from "./lib-bundle.js";
import { keepNativeDate } from "./native-date.js";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const restoreNativeDate = keepNativeDate();

/** SCIM, graceful shutdown and the operator endpoints: from the bundle the build made (lib-bundle.js) when it is
 * current and this is not the dev server, else from lib/ through tsx's scoped loader (Next's chunks load untouched). */
async function loadServerModules(dev) {
  const bundle = dev ? null : freshLibBundle(root);
  let load;
  if (bundle) load = (name) => import(pathToFileURL(path.join(bundle, `${name}.mjs`)).href);
  else {
    const { tsImport } = await import("tsx/esm/api");
    const tsconfig = path.join(root, "tsconfig.json");
    load = (name) =>
      tsImport(pathToFileURL(path.join(root, LIB_BUNDLE_ENTRIES[name])).href, { parentURL: import.meta.url, tsconfig });
  }
  const scim = await load("scim-entry");
  const graceful = await load("graceful-shutdown");
  // Health, readiness, metrics, request ids, page security headers and the structured logger.
  const ops = await load("ops-entry");
  return { scim, graceful, ops, from: bundle ? "bundle" : "lib (tsx)" };
}

export async function serveApp({ dev, port, hostname }) {
  const { scim, graceful, ops, from } = await loadServerModules(dev);
  const requests = graceful.createRequestTracker();
  // In production every stdout line is one JSON object, Next's own messages included.
  if (!dev) ops.installConsoleBridge();
  // A cluster worker sends its figures to the primary, which sums every worker's for /metrics.
  if (cluster.isWorker) ops.answerMetricsCollection();
  const { default: next } = await import("next");

  const server = http.createServer({ maxHeaderSize: 262144 }, (req, res) => {
    requests.track(req, res);
    // Every log line written while serving the request carries its id (returned as X-Request-Id).
    ops.runWithRequestId(ops.assignRequestId(req, res), () => route(req, res));
  });

  function route(req, res) {
    if (ops.isOpsPath(req.url)) {
      void ops.serveOps(req, res);
      return;
    }
    const url = scim.scimUrl(req.url);
    if (url) {
      void scim.serveScim(req, res, url);
      return;
    }
    ops.prepareNextRequest(req, res, { dev });
    handleNext(req, res).catch((error) => {
      ops.logger.error({ err: error }, "Next.js request handler failed");
      if (!res.headersSent) res.writeHead(500, { "Content-Type": "text/plain" });
      res.end();
    });
  }

  // Node's default answer to a request it cannot parse, except that a SCIM request gets a SCIM error body.
  server.on("clientError", (error, socket) => {
    const current = socket._httpMessage;
    if (!socket.writable || error.code === "ECONNRESET" || current?.headersSent) {
      socket.destroy();
      return;
    }
    const status = error.code === "HPE_HEADER_OVERFLOW" ? 431 : error.code === "ERR_HTTP_REQUEST_TIMEOUT" ? 408 : 400;
    const reason = http.STATUS_CODES[status];
    socket.end(
      scim.isScimSocket(socket)
        ? scim.scimClientErrorResponse(status, reason)
        : `HTTP/1.1 ${status} ${reason}\r\nConnection: close\r\n\r\n`,
    );
  });

  // httpServer lets Next attach its upgrade handler (the dev server's HMR WebSocket) to this server.
  const app = next({ dev, dir: root, hostname: hostname ?? "localhost", port, httpServer: server });
  await app.prepare();
  // The production server does without Next's clock-tracking Date (native-date.js); the dev server keeps it.
  if (!dev) restoreNativeDate();
  const handleNext = app.getRequestHandler();

  server.listen(port, hostname, () => {
    const shown = hostname ?? "localhost";
    ops.logger.info(
      { modules: from },
      `✓ Ready on http://${shown.includes(":") ? `[${shown}]` : shown}:${port} (${dev ? "development" : "production"})`,
    );
  });

  // SIGTERM/SIGINT: cycles hand back their lease, in-flight requests finish, the request log is flushed (lib/ops).
  let closing = false;
  async function shutdown(signal) {
    if (closing) return;
    closing = true;
    const timeoutMs = graceful.shutdownTimeoutMs();
    ops.logger.info(`${signal} received: shutting down (at most ${timeoutMs} ms).`);
    setTimeout(() => process.exit(1), timeoutMs + 10_000).unref();
    const code = await graceful.shutdownGracefully({
      server,
      requests,
      drainRequestLog: scim.drainScim,
      closeNext: () => app.close(),
      timeoutMs,
    });
    ops.logger.info(`Shut down ${code === 0 ? "cleanly" : "with work cut off"}.`);
    process.exit(code);
  }
  for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => void shutdown(signal));
}
