// Starts the app the way `npm start` does (bin/start.js) on a given database, and waits until it answers.
// API: startApp(databaseUrl, port, { env }) → { url, pid, stop() }; `env` adds variables (e.g. WEB_CONCURRENCY).
import path from "node:path";
import { spawn } from "node:child_process";

const root = path.resolve(import.meta.dirname, "../..");

export async function startApp(databaseUrl: string, port: number, { env = {} }: { env?: Record<string, string> } = {}) {
  const child = spawn(process.execPath, [path.join(root, "bin/start.js")], {
    cwd: root,
    env: {
      ...process.env,
      ...env,
      DATABASE_URL: databaseUrl,
      PORT: String(port),
      NEXTAUTH_URL: `http://127.0.0.1:${port}`,
      NODE_ENV: "production",
    },
    stdio: ["ignore", "pipe", "inherit"],
  });
  child.stdout!.on("data", () => undefined);
  const deadline = Date.now() + 300_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`npm start exited with ${child.exitCode}`);
    try {
      if ((await fetch(`http://127.0.0.1:${port}/sign-in`)).ok) break;
    } catch {
      // not up yet
    }
    if (Date.now() > deadline) throw new Error("the app did not start within 5 minutes");
    await new Promise((r) => setTimeout(r, 300));
  }
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  return {
    url: `http://127.0.0.1:${port}`,
    /** bin/start.js; the server (and its workers) are its descendants. */
    pid: child.pid!,
    stop: () => child.kill("SIGTERM"),
    /** Resolves once bin/start.js has exited (it waits for its server). */
    exited,
  };
}
