// Whether this process is shutting down, and the work to end before it exits. Kept on globalThis under a
// Symbol.for key: bin/server.js's modules (tsx) and Next's bundle each load lib/ apart, yet share one process.
// API: isShuttingDown(), beginShutdown(), onShutdown(name, run) → unregister, runShutdownHooks() → names that failed.
import { logger } from "@/lib/log/logger";

type Hook = () => Promise<unknown>;
type State = { stopping: boolean; hooks: Map<string, Hook> };

const KEY = Symbol.for("org-center.shutdown");
const store = globalThis as typeof globalThis & { [KEY]?: State };
const state = (store[KEY] ??= { stopping: false, hooks: new Map() });

/** True once SIGTERM (or SIGINT) was received: start no new work, stop running work at its next safe point. */
export function isShuttingDown(): boolean {
  return state.stopping;
}

export function beginShutdown(): void {
  state.stopping = true;
}

/** Registers work to end before exit (one hook per name: a second registration replaces the first). */
export function onShutdown(name: string, run: Hook): () => void {
  state.hooks.set(name, run);
  return () => {
    if (state.hooks.get(name) === run) state.hooks.delete(name);
  };
}

/** Runs every hook at once; resolves when all have settled, with the names of those that failed. */
export async function runShutdownHooks(): Promise<string[]> {
  const entries = [...state.hooks.entries()];
  const results = await Promise.allSettled(entries.map(([, run]) => run()));
  const failed: string[] = [];
  results.forEach((result, i) => {
    if (result.status === "fulfilled") return;
    failed.push(entries[i]![0]);
    logger.error({ err: result.reason, component: "shutdown" }, `${entries[i]![0]} did not end cleanly`);
  });
  return failed;
}
