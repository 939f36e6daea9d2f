// The Tenant URL as Entra reads it: requests go to <url>/Users, /Groups, ...; the query string (for instance the
// aadOptscim062020 flag, which selects the RFC PATCH dialect) is sent with every request.
import { AppError } from "@/lib/errors/app-error";
import type { ScimDialect } from "./types";

export const RFC_FLAG = "aadOptscim062020";

export type TenantTarget = {
  base: string;
  query: [string, string][];
  dialect: ScimDialect;
  origin: string;
  hostname: string;
};

export function parseTenantUrl(raw: string): TenantTarget {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    throw new AppError("invalid_input", `The Tenant URL "${raw}" is not an absolute URL.`, {
      tenantUrl: ["Enter an absolute URL such as https://example.com/scim/v2."],
    });
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") {
    throw new AppError("invalid_input", "The Tenant URL must use https (or http).", {
      tenantUrl: ["Use an https:// URL."],
    });
  }
  if (url.username || url.password)
    throw new AppError("invalid_input", "The Tenant URL must not contain a user name or password.", {
      tenantUrl: ["Put the secret in Secret Token, not in the URL."],
    });
  const dialect: ScimDialect = raw.toLowerCase().includes(RFC_FLAG.toLowerCase()) ? "rfc" : "legacy";
  return {
    base: `${url.origin}${url.pathname.replace(/\/+$/, "")}`,
    query: [...url.searchParams.entries()],
    dialect,
    origin: url.origin,
    hostname: url.hostname.replace(/^\[|\]$/g, ""),
  };
}

/** <base><path>?<tenant query>&<request query>, with spaces encoded as + the way Entra sends filters. */
export function targetUrl(target: TenantTarget, path: string, query: Record<string, string> = {}): string {
  const params = new URLSearchParams(target.query);
  for (const [k, v] of Object.entries(query)) params.append(k, v);
  const search = params.toString().replace(/=(&|$)/g, "$1");
  return `${target.base}${path}${search ? `?${search}` : ""}`;
}
