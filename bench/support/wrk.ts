// One wrk run on loopback (Debian's `wrk`: a C load generator, so the machine's cores go to the server rather than
// to the generator), reduced to the same figures as load.ts. Requests are built in advance by the scenario's own
// functions and replayed from a generated Lua script. API: hasWrk(), runScenarioWrk(baseUrl, token, scenario, options).
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { spawnSync, spawn } from "node:child_process";
import type { Figures, Scenario } from "./load";

export function hasWrk(): boolean {
  return spawnSync("wrk", ["--version"], { encoding: "utf8" }).error === undefined;
}

const lua = (s: string) => JSON.stringify(s); // a JSON string is a valid Lua string literal for these ASCII bodies

function script(s: Scenario, token: string, count: number): string {
  const requests: string[] = [];
  for (let i = 0; i < count; i++) requests.push(`{${lua(s.path())}, ${s.body ? lua(s.body()) : "nil"}}`);
  return `
local requests = {
${requests.join(",\n")}
}
local headers = { ["Authorization"] = ${lua(`Bearer ${token}`)}, ["Content-Type"] = "application/scim+json" }
local threads = {}
local started = 0
function setup(thread)
  thread:set("offset", started * ${Math.floor(count / 4)})
  started = started + 1
  table.insert(threads, thread)
end
function init(args)
  i = offset
  unexpected = 0
end
function request()
  i = i + 1
  local r = requests[(i % #requests) + 1]
  return wrk.format(${lua(s.method)}, r[1], headers, r[2])
end
function response(status, headers, body)
  if status ~= ${s.expectStatus} then unexpected = unexpected + 1 end
end
function done(summary, latency, requests)
  local u = 0
  for _, t in ipairs(threads) do u = u + t:get("unexpected") end
  local e = summary.errors
  io.write(string.format('\\nRESULT {"requests":%d,"durationUs":%d,"p50Us":%f,"p99Us":%f,"unexpected":%d,"errors":%d}\\n',
    summary.requests, summary.duration, latency:percentile(50), latency:percentile(99), u, e.connect + e.read + e.write + e.timeout))
end
`;
}

/** `unique` scenarios (POST) get a distinct request for every request wrk may send; others are replayed in a loop. */
export async function runScenarioWrk(
  baseUrl: string,
  token: string,
  s: Scenario,
  { connections = 10, duration = 10, threads = 1, unique = false } = {},
): Promise<Figures> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "org-center-wrk-"));
  const file = path.join(dir, "scenario.lua");
  fs.writeFileSync(file, script(s, token, unique ? 6_000 * duration : 20_000));
  const out = await new Promise<string>((resolve, reject) => {
    const child = spawn(
      "wrk",
      ["-t", String(threads), "-c", String(connections), "-d", `${duration}s`, "--timeout", "10s", "-s", file, baseUrl],
      { stdio: ["ignore", "pipe", "inherit"] },
    );
    let text = "";
    child.stdout.on("data", (c) => (text += String(c)));
    child.on("error", reject);
    child.on("exit", (code) => (code === 0 ? resolve(text) : reject(new Error(`wrk exited with ${code}:\n${text}`))));
  });
  fs.rmSync(dir, { recursive: true, force: true });
  const line = out.split("\n").find((l) => l.startsWith("RESULT "));
  if (!line) throw new Error(`wrk printed no result:\n${out}`);
  const r = JSON.parse(line.slice("RESULT ".length)) as {
    requests: number;
    durationUs: number;
    p50Us: number;
    p99Us: number;
    unexpected: number;
    errors: number;
  };
  return {
    name: s.name,
    requests: r.requests,
    rps: Math.round(r.requests / (r.durationUs / 1e6)),
    p50: Math.round(r.p50Us / 100) / 10,
    p99: Math.round(r.p99Us / 100) / 10,
    unexpected: r.unexpected,
    errors: r.errors,
  };
}
