// Routes console.* of the server process (Next's own messages, libraries) through the structured logger, so every line
// on stdout is one JSON object in production. API: installConsoleBridge().
import { format } from "node:util";
import { logger } from "./logger";

type Level = "info" | "warn" | "error" | "debug";

function bridge(level: Level) {
  return (...args: unknown[]) => {
    const error = args.find((a): a is Error => a instanceof Error);
    const message = format(...args.filter((a) => a !== error));
    if (error) logger[level]({ err: error }, message || error.message);
    else logger[level](message);
  };
}

export function installConsoleBridge(): void {
  console.log = bridge("info");
  console.info = bridge("info");
  console.warn = bridge("warn");
  console.error = bridge("error");
  console.debug = bridge("debug");
}
