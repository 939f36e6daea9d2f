// The key that signs sessions: NEXTAUTH_SECRET, or one generated once and kept under ./data. Every process that
// serves the console must use the same key (cluster workers, several instances), or a session works on one only.
import fs from "node:fs";
import path from "node:path";
import crypto from "node:crypto";

let cached: string | undefined;

function readSecret(file: string): string {
  const secret = fs.readFileSync(file, "utf8").trim();
  if (!secret) throw new Error(`${file} is empty: delete it (a new key is generated) or set NEXTAUTH_SECRET.`);
  return secret;
}

export function authSecret(): string {
  if (cached) return cached;
  const fromEnv = process.env.NEXTAUTH_SECRET ?? process.env.AUTH_SECRET;
  if (fromEnv) return (cached = fromEnv);
  const dir = path.resolve(/*turbopackIgnore: true*/ process.cwd(), process.env.ORG_CENTER_DATA_DIR ?? "data");
  const file = path.join(dir, ".auth-secret");
  if (fs.existsSync(file)) return (cached = readSecret(file));
  fs.mkdirSync(dir, { recursive: true });
  // Written whole under a private name, then linked into place: a process starting at the same moment (a cluster
  // worker) either wins the link or reads the winner's key, never a file still being written.
  const temp = `${file}.${process.pid}.${crypto.randomBytes(4).toString("hex")}`;
  fs.writeFileSync(temp, crypto.randomBytes(32).toString("base64url"), { mode: 0o600 });
  try {
    fs.linkSync(temp, file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
  } finally {
    fs.rmSync(temp, { force: true });
  }
  return (cached = readSecret(file));
}
