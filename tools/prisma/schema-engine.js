#!/usr/bin/env node
// @ts-check
// Stands in for Prisma's native `schema-engine` binary (PRISMA_SCHEMA_ENGINE_BINARY), which cannot be
// downloaded in restricted networks: same flags, same JSON-RPC over stdio, answered by the wasm engine.
import fs from "node:fs";
import path from "node:path";
import readline from "node:readline";
import { parseArgs } from "node:util";
import { detectProvider } from "./engine/connection-config.js";
import { createDatabase, databaseState, dropDatabase } from "./engine/database-lifecycle.js";
import { loadSchemaEngineWasm } from "./engine/load-schema-engine.js";
import { rpcMethods } from "./engine/rpc-methods.js";
import { openSchemaEngine, toUserFacingError } from "./engine/schema-engine.js";

const { values: flags, positionals } = parseArgs({
  allowPositionals: true,
  strict: false,
  options: {
    datamodels: { type: "string", short: "d", multiple: true },
    datasource: { type: "string" },
    "enabled-preview-features": { type: "string" },
    "extension-types": { type: "string" },
    version: { type: "boolean", short: "V" },
    help: { type: "boolean", short: "h" },
  },
});

/** @type {{ url?: string, shadowDatabaseUrl?: string }} */
const datasource = typeof flags.datasource === "string" ? JSON.parse(flags.datasource) : {};
const datamodelPaths = /** @type {string[]} */ (flags.datamodels ?? []);

if (flags.version) {
  const wasm = await loadSchemaEngineWasm();
  process.stdout.write(`schema-engine-cli ${wasm.version()} (wasm)\n`);
} else if (flags.help) {
  process.stdout.write(
    "Usage: schema-engine [--datamodels FILE]... [--datasource JSON] [cli can-connect-to-database|create-database|drop-database]\n",
  );
} else if (positionals[0] === "cli") {
  process.exitCode = await runCliCommand(String(positionals[1]));
} else {
  await serveJsonRpc();
}

// ---- `schema-engine --datasource JSON cli <command>` -------------------------------------------

/**
 * The CLI reads failures from stderr: JSON log lines after the first, the error being the line
 * with level ERROR and target schema_engine::logger.
 * @param {string} command
 */
async function runCliCommand(command) {
  logLine("INFO", { message: `Starting schema engine CLI (wasm): ${command}` }, "schema_engine_cli");
  try {
    const url = datasource.url;
    if (!url) throw Object.assign(new Error("No datasource URL given (--datasource)."), { code: "P1012" });
    const state = await databaseState(url, process.cwd());
    if (command === "can-connect-to-database") {
      if (!state.exists) throw Object.assign(new Error(state.message), { code: state.code });
    } else if (command === "create-database") {
      if (state.exists) throw Object.assign(new Error("Database already exists."), { code: "P1009" });
      if (state.code !== "P1003") throw Object.assign(new Error(state.message), { code: state.code });
      process.stdout.write(`Database '${await createDatabase(url, process.cwd())}' was successfully created.\n`);
    } else if (command === "drop-database") {
      await dropDatabase(url, process.cwd());
    } else {
      throw new Error(`Unknown cli command: ${command}`);
    }
    return 0;
  } catch (error) {
    const data = toUserFacingError(error);
    logLine(
      "ERROR",
      { message: data.message, ...("error_code" in data ? { error_code: data.error_code } : {}) },
      "schema_engine::logger",
    );
    return 1;
  }
}

/**
 * @param {"INFO" | "WARN" | "ERROR"} level
 * @param {Record<string, unknown>} fields
 * @param {string} target
 */
function logLine(level, fields, target) {
  process.stderr.write(`${JSON.stringify({ timestamp: new Date().toISOString(), level, fields, target })}\n`);
}

// ---- JSON-RPC over stdio (`schema-engine --datamodels F --datasource JSON`) ----------------------

async function serveJsonRpc() {
  const datamodels = /** @type {[string, string][]} */ (
    datamodelPaths.map((file) => [file, fs.readFileSync(path.resolve(file), "utf8")])
  );
  const schemaProvider = providerFromSchemas(datamodels);
  /** @type {Awaited<ReturnType<typeof openSchemaEngine>> | undefined} */
  let opened;
  const open = async () => {
    if (datasource.url && schemaProvider && detectProvider(datasource.url) !== schemaProvider) {
      throw new Error(
        `The datasource URL is for ${detectProvider(datasource.url)} but the schema's provider is ${schemaProvider}: ` +
          "for PostgreSQL use --config prisma/postgres/prisma.config.ts, for SQLite a file: URL.",
      );
    }
    return (opened ??= await openSchemaEngine({
      url: datasource.url,
      shadowDatabaseUrl: datasource.shadowDatabaseUrl,
      provider: schemaProvider,
      datamodels,
      log: (line) => process.stderr.write(line.endsWith("\n") ? line : `${line}\n`),
    }));
  };

  /** @type {Map<number, () => void>} */
  const pendingPrints = new Map();
  let nextPrintId = 1;
  /** Asks the CLI to print (the native engine prints `migrate diff` output this way). */
  const print = (/** @type {string} */ content) =>
    new Promise((resolve) => {
      const id = nextPrintId++;
      pendingPrints.set(id, () => resolve(undefined));
      send({ jsonrpc: "2.0", method: "print", params: { content: content.replace(/\n$/, "") }, id });
    });

  const call = rpcMethods({ open, print, datasourceUrl: datasource.url });

  /** @param {{ id: number, method: string, params?: unknown }} request */
  async function handle(request) {
    const { id, method, params } = request;
    try {
      const { found, result } = await call(method, params);
      if (found) send({ jsonrpc: "2.0", result: result ?? {}, id });
      else send({ jsonrpc: "2.0", error: { code: -32601, message: `Method not found: ${method}` }, id });
    } catch (error) {
      const data = toUserFacingError(error, opened?.errorRegistry);
      send({
        jsonrpc: "2.0",
        error: { code: 4466, message: "An error happened. Check the data field for details.", data },
        id,
      });
    }
  }

  let queue = Promise.resolve();
  const lines = readline.createInterface({ input: process.stdin, crlfDelay: Infinity });
  lines.on("line", (line) => {
    if (!line.trim()) return;
    let message;
    try {
      message = JSON.parse(line);
    } catch {
      send({ jsonrpc: "2.0", error: { code: -32700, message: "Parse error" }, id: null });
      return;
    }
    if (message.method === undefined && pendingPrints.has(message.id)) {
      pendingPrints.get(message.id)?.();
      pendingPrints.delete(message.id);
      return;
    }
    queue = queue.then(() => handle(message));
  });
  // The CLI ends stdin and sends SIGTERM straight after: close the connections either way, so SQLite
  // is not left with a journal and PostgreSQL sessions end cleanly.
  /** @type {Promise<void> | undefined} */
  let closing;
  const shutdown = () => (closing ??= queue.then(() => opened?.close()).then(() => process.exit(0)));
  process.once("SIGTERM", shutdown);
  process.once("SIGINT", shutdown);
  await new Promise((resolve) => lines.once("close", resolve));
  await shutdown();
}

/** @param {unknown} message */
function send(message) {
  process.stdout.write(`${JSON.stringify(message)}\n`);
}

/**
 * The provider named in the schema's datasource block, for work that has no database URL.
 * @param {[string, string][]} datamodels
 * @returns {"sqlite" | "postgresql" | undefined}
 */
function providerFromSchemas(datamodels) {
  for (const [, content] of datamodels) {
    const block = /datasource\s+\w+\s*\{([^}]*)\}/.exec(content);
    const provider = block && /provider\s*=\s*"([^"]+)"/.exec(block[1]);
    if (provider?.[1] === "sqlite") return "sqlite";
    if (provider?.[1] === "postgresql" || provider?.[1] === "postgres") return "postgresql";
  }
  return undefined;
}
