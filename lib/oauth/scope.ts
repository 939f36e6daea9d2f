// Scope parsing: space-delimited, only supported values; every grant includes "scim".
import { DEFAULT_SCOPE, SUPPORTED_SCOPES } from "./constants";

export type ScopeResult = { ok: true; scope: string } | { ok: false; unsupported: string[] };

export function normalizeScope(requested: string | undefined): ScopeResult {
  const items = (requested ?? "").split(" ").filter(Boolean);
  const unsupported = items.filter((s) => !(SUPPORTED_SCOPES as readonly string[]).includes(s));
  if (unsupported.length) return { ok: false, unsupported };
  const set = new Set([DEFAULT_SCOPE, ...items]);
  return { ok: true, scope: SUPPORTED_SCOPES.filter((s) => set.has(s)).join(" ") };
}

/** A refresh may ask for the same scope or less, never more. */
export function isScopeSubset(requested: string, granted: string): boolean {
  const allowed = new Set(granted.split(" "));
  return requested
    .split(" ")
    .filter(Boolean)
    .every((s) => allowed.has(s));
}
