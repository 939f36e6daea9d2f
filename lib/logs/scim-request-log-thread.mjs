// Entry of the request-log worker thread: loads the TypeScript module through tsx, as bin/server.js loads SCIM's.
import path from "node:path";
import { fileURLToPath } from "node:url";
import { tsImport } from "tsx/esm/api";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
await tsImport("./scim-request-log-thread.ts", {
  parentURL: import.meta.url,
  tsconfig: path.join(root, "tsconfig.json"),
});
