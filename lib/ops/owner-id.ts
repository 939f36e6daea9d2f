// Names the process that holds a lease (background jobs, provisioning cycles), so operators can tell who runs what.
// API: newOwnerId(role) → "app@host:pid:abc123".
import crypto from "node:crypto";
import os from "node:os";

/** A lease owner id that tells operators which process holds a job: "app@host:pid:abc123". */
export function newOwnerId(role: string): string {
  return `${role}@${os.hostname()}:${process.pid}:${crypto.randomBytes(3).toString("hex")}`;
}
