// What bin/server.js loads (bundled, bin/lib/lib-bundle.js) besides SCIM: the operator endpoints, the request id and
// page security headers, and the structured logger. API: see the re-exports below.
export { isOpsPath, serveOps } from "./serve-ops";
export { assignRequestId, prepareNextRequest } from "@/lib/http/front-door";
export { logger, childLogger } from "@/lib/log/logger";
export { runWithRequestId } from "@/lib/log/request-context";
export { installConsoleBridge } from "@/lib/log/console-bridge";
export { answerMetricsCollection } from "./cluster-metrics";
