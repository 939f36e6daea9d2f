// @ts-check
// Loads @prisma/schema-engine-wasm under plain Node: its entry point imports the .wasm file as an ES
// module, which Node 20 cannot do, so the wasm-bindgen glue is instantiated by hand (once per process).
import fs from "node:fs";
import { createRequire } from "node:module";
import { pathToFileURL } from "node:url";

/** @typedef {typeof import("@prisma/schema-engine-wasm")} SchemaEngineWasmModule */
/** @typedef {import("@prisma/schema-engine-wasm").SchemaEngine} WasmSchemaEngine */

/** @type {Promise<SchemaEngineWasmModule> | undefined} */
let loading;

/** @returns {Promise<SchemaEngineWasmModule>} */
export function loadSchemaEngineWasm() {
  loading ??= instantiate();
  return loading;
}

async function instantiate() {
  const require = createRequire(import.meta.url);
  const gluePath = require.resolve("@prisma/schema-engine-wasm/schema_engine_bg");
  /** @type {SchemaEngineWasmModule & { __wbg_set_wasm(exports: WebAssembly.Exports): void }} */
  const glue = await import(pathToFileURL(gluePath).href);
  const bytes = await fs.promises.readFile(gluePath.replace(/\.js$/, ".wasm"));
  /** @type {Record<string, unknown>} */
  const imports = { ...glue };
  for (const [name, fn] of Object.entries(glue)) {
    // The engine races queries against timers it never clears (e.g. PostgreSQL's 10 s lock timeout),
    // which would hold the process open long after a migration. Unref them; openSchemaEngine keeps
    // the process alive while an engine call is pending.
    if (name.startsWith("__wbg_setTimeout_") && typeof fn === "function") {
      imports[name] = (/** @type {unknown[]} */ ...args) => {
        const timer = /** @type {(...a: unknown[]) => NodeJS.Timeout | undefined} */ (fn)(...args);
        timer?.unref?.();
        return timer;
      };
    }
  }
  const { instance } = await WebAssembly.instantiate(bytes, {
    "./schema_engine_bg.js": /** @type {WebAssembly.ModuleImports} */ (imports),
  });
  glue.__wbg_set_wasm(instance.exports);
  /** @type {() => void} */ (instance.exports.__wbindgen_start)();
  return glue;
}
