// Starts another instance of the built app (bin/server.js) with its own environment, for tests that need a
// configuration the shared server does not have (metrics on, an https public URL, an unmigrated database, jobs on).
import net from "node:net";
import path from "node:path";
import { spawn } from "node:child_process";
import { INTEGRATION_ENV } from "../global-setup";

const root = path.resolve(import.meta.dirname, "../../..");

export type AppServer = {
  baseUrl: string;
  port: number;
  output: () => string;
  stdout: () => string;
  stop: () => Promise<void>;
};

export async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((r) => server.close(r));
  return port;
}

export async function startAppServer(
  env: Record<string, string | undefined>,
  { timeoutMs = 90_000, port: chosen }: { timeoutMs?: number; port?: number } = {},
): Promise<AppServer> {
  const port = chosen ?? (await freePort());
  const baseUrl = `http://127.0.0.1:${port}`;
  const child = spawn(
    process.execPath,
    ["--max-http-header-size=262144", path.join(root, "bin/server.js"), "-p", String(port), "-H", "127.0.0.1"],
    {
      cwd: root,
      env: {
        ...process.env,
        NEXTAUTH_SECRET: "integration-secret",
        NEXT_TELEMETRY_DISABLED: "1",
        ORG_CENTER_JOBS: "off",
        NEXTAUTH_URL: baseUrl,
        ...INTEGRATION_ENV,
        ...env,
      },
      stdio: ["ignore", "pipe", "pipe"],
    },
  );
  const chunks: string[] = [];
  const out: string[] = [];
  child.stdout!.on("data", (c) => (chunks.push(String(c)), out.push(String(c))));
  child.stderr!.on("data", (c) => chunks.push(String(c)));
  const output = () => chunks.join("");
  const stdout = () => out.join("");
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill("SIGTERM");
    await Promise.race([exited, new Promise((r) => setTimeout(r, 15_000))]);
    if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
  };
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`The app exited with code ${child.exitCode}:\n${output()}`);
    try {
      const res = await fetch(`${baseUrl}/healthz`);
      if (res.status === 200) return { baseUrl, port, output, stdout, stop };
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  await stop();
  throw new Error(`The app did not start within ${timeoutMs / 1000} s:\n${output()}`);
}
