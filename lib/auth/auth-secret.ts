// The key that signs sessions: NEXTAUTH_SECRET, or one generated once and kept under ./data.
import fs from "node:fs";
import path from "node:path";
import crypto from "node:crypto";

let cached: string | undefined;

export function authSecret(): string {
  if (cached) return cached;
  const fromEnv = process.env.NEXTAUTH_SECRET ?? process.env.AUTH_SECRET;
  if (fromEnv) return (cached = fromEnv);
  const dir = path.resolve(/*turbopackIgnore: true*/ process.cwd(), process.env.ORG_CENTER_DATA_DIR ?? "data");
  const file = path.join(dir, ".auth-secret");
  try {
    cached = fs.readFileSync(file, "utf8").trim();
  } catch {
    fs.mkdirSync(dir, { recursive: true });
    const secret = crypto.randomBytes(32).toString("base64url");
    try {
      fs.writeFileSync(file, secret, { mode: 0o600, flag: "wx" });
      cached = secret;
    } catch {
      cached = fs.readFileSync(file, "utf8").trim(); // another process wrote it first
    }
  }
  return cached!;
}
