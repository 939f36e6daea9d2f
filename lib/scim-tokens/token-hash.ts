// Bearer secrets are random and long, so a SHA-256 digest is enough to store and look them up.
import crypto from "node:crypto";

export function hashToken(token: string): string {
  return crypto.createHash("sha256").update(token, "utf8").digest("hex");
}

export function newSecret(prefix: string, bytes = 32): string {
  return `${prefix}${crypto.randomBytes(bytes).toString("base64url")}`;
}
