// What bin/server.js loads (bundled, bin/lib/lib-bundle.js) to serve /scim/v2: the Node adapter bound to the SCIM core.
// API: scimUrl(rawUrl), serveScim(req, res, url), drainScim(), isScimSocket(socket), scimClientErrorResponse(status, reason).
import { handleScimRequest } from "./handle-scim-request";
import { createNodeScimHandler } from "./node-adapter";
import { startScimRequestLog } from "@/lib/logs/write-scim-request-log";

export { isScimSocket, scimClientErrorResponse, scimUrl } from "./node-adapter";

const handler = createNodeScimHandler(handleScimRequest);
startScimRequestLog();

export const serveScim = handler.serve;
export const drainScim = handler.drain;
