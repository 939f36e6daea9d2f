// A digest of what decides a job's result set (mapping and scope): when it changes, the next cycle is a full one.
import crypto from "node:crypto";
import type { TMappingDefinition } from "./types";

export function configHash(mapping: TMappingDefinition, scope: string): string {
  return crypto.createHash("sha256").update(JSON.stringify({ mapping, scope })).digest("hex").slice(0, 32);
}
