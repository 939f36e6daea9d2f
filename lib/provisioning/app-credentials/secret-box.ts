// Encryption at rest for target credentials (secret tokens, OAuth tokens): AES-256-GCM under
// ORG_CENTER_ENCRYPTION_KEY, or a key generated once into the data directory (like lib/auth/auth-secret.ts).
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";

const VERSION = "v1";
let cached: { source: string; key: Buffer } | undefined;

function keyFromEnv(value: string): Buffer {
  const trimmed = value.trim();
  if (/^[0-9a-f]{64}$/i.test(trimmed)) return Buffer.from(trimmed, "hex");
  const b64 = Buffer.from(trimmed, "base64");
  if (b64.length === 32 && /^[A-Za-z0-9+/_-]+=*$/.test(trimmed)) return b64;
  // Any other passphrase: derive a 256-bit key from it.
  return crypto.createHash("sha256").update(trimmed).digest();
}

function keyFromDataDir(): Buffer {
  const dir = path.resolve(/*turbopackIgnore: true*/ process.cwd(), process.env.ORG_CENTER_DATA_DIR ?? "data");
  const file = path.join(dir, ".encryption-key");
  try {
    return Buffer.from(fs.readFileSync(file, "utf8").trim(), "base64");
  } catch {
    fs.mkdirSync(dir, { recursive: true });
    const key = crypto.randomBytes(32);
    try {
      fs.writeFileSync(file, key.toString("base64"), { mode: 0o600, flag: "wx" });
      return key;
    } catch {
      return Buffer.from(fs.readFileSync(file, "utf8").trim(), "base64"); // another process wrote it first
    }
  }
}

function encryptionKey(): Buffer {
  const env = process.env.ORG_CENTER_ENCRYPTION_KEY;
  const source = env ? `env:${env}` : `dir:${process.env.ORG_CENTER_DATA_DIR ?? "data"}`;
  if (cached?.source !== source) cached = { source, key: env ? keyFromEnv(env) : keyFromDataDir() };
  return cached.key;
}

export function encryptSecret(plaintext: string): string {
  const iv = crypto.randomBytes(12);
  const cipher = crypto.createCipheriv("aes-256-gcm", encryptionKey(), iv);
  const data = Buffer.concat([cipher.update(plaintext, "utf8"), cipher.final()]);
  return [
    VERSION,
    iv.toString("base64url"),
    cipher.getAuthTag().toString("base64url"),
    data.toString("base64url"),
  ].join(".");
}

export class SecretUnreadableError extends Error {}

export function decryptSecret(sealed: string): string {
  const [version, iv, tag, data] = sealed.split(".");
  if (version !== VERSION || !iv || !tag || data === undefined)
    throw new SecretUnreadableError("The stored secret is not in a known format.");
  try {
    const decipher = crypto.createDecipheriv("aes-256-gcm", encryptionKey(), Buffer.from(iv, "base64url"));
    decipher.setAuthTag(Buffer.from(tag, "base64url"));
    return Buffer.concat([decipher.update(Buffer.from(data, "base64url")), decipher.final()]).toString("utf8");
  } catch {
    throw new SecretUnreadableError(
      "The stored secret cannot be decrypted: ORG_CENTER_ENCRYPTION_KEY (or data/.encryption-key) changed since it was saved. Enter the credentials again.",
    );
  }
}
