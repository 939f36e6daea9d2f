// SCIM integration helpers: an organization with verified domains and a secret token (set up through lib/, as
// the CLI does), and a small fetch-based client that records what came back.
import { inject } from "vitest";
import { CLI_ACTOR } from "@/lib/audit/record-audit-event";
import { createScimToken } from "@/lib/scim-tokens/create-scim-token";
import { prisma } from "@/lib/db/client";
import { markDomainVerified } from "@/lib/domains/mark-domain-verified";
import { unique } from "./cli";

export const PATCH_OP = "urn:ietf:params:scim:api:messages:2.0:PatchOp";
export const ERROR_SCHEMA = "urn:ietf:params:scim:api:messages:2.0:Error";
export const LIST_SCHEMA = "urn:ietf:params:scim:api:messages:2.0:ListResponse";
export const USER_SCHEMA = "urn:ietf:params:scim:schemas:core:2.0:User";
export const GROUP_SCHEMA = "urn:ietf:params:scim:schemas:core:2.0:Group";
export const ENT = "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User";
export const FLAG = "aadOptscim062020";

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Json = any;

export interface ScimResponse {
  status: number;
  headers: Headers;
  text: string;
  body: Json;
}

export class ScimClient {
  constructor(
    readonly token: string | null,
    /** Appended to every URL as `?aadOptscim062020` when true (the flagged Entra dialect). */
    readonly flagged = false,
    readonly baseUrl = `${inject("baseUrl")}/scim/v2`,
  ) {}

  url(path: string): string {
    if (!this.flagged) return `${this.baseUrl}${path}`;
    return `${this.baseUrl}${path}${path.includes("?") ? "&" : "?"}${FLAG}`;
  }

  async request(
    method: string,
    path: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ): Promise<ScimResponse> {
    const h: Record<string, string> = { ...headers };
    if (this.token) h.authorization ??= `Bearer ${this.token}`;
    if (body !== undefined) h["content-type"] ??= "application/scim+json; charset=utf-8";
    const res = await fetch(this.url(path), {
      method,
      headers: h,
      body: body === undefined ? undefined : typeof body === "string" ? body : JSON.stringify(body),
    });
    const text = await res.text();
    let parsed: Json;
    try {
      parsed = text ? JSON.parse(text) : undefined;
    } catch {
      parsed = undefined;
    }
    return { status: res.status, headers: res.headers, text, body: parsed };
  }

  get = (path: string, headers?: Record<string, string>) => this.request("GET", path, undefined, headers);
  post = (path: string, body: unknown, headers?: Record<string, string>) => this.request("POST", path, body, headers);
  put = (path: string, body: unknown, headers?: Record<string, string>) => this.request("PUT", path, body, headers);
  patch = (path: string, body: unknown, headers?: Record<string, string>) => this.request("PATCH", path, body, headers);
  delete = (path: string, headers?: Record<string, string>) => this.request("DELETE", path, undefined, headers);

  /** GET /Users?filter=… with the filter URL-encoded the way Entra sends it (spaces as +). */
  filter = (resource: "Users" | "Groups", filter: string, extra = "") =>
    this.get(`/${resource}?${new URLSearchParams({ filter }).toString()}${extra ? `&${extra}` : ""}`);
}

export interface ScimOrg {
  orgId: string;
  /** A verified domain unique to this organization. */
  domain: string;
  token: string;
  client: ScimClient;
  flagged: ScimClient;
  /** `local@<domain>` with a unique local part. */
  email: (local?: string) => string;
}

/** A fresh organization with `domain` and `extraDomains` verified and a secret token named `tokenName`. */
export async function createScimOrg(options: { extraDomains?: string[]; tokenName?: string } = {}): Promise<ScimOrg> {
  const slug = unique("scim-org");
  const org = await prisma.organization.create({ data: { name: slug, slug } });
  const domain = `${unique("d")}.example.com`;
  for (const name of [domain, ...(options.extraDomains ?? [])]) await markDomainVerified(org.id, name, CLI_ACTOR);
  const { token } = await createScimToken(org.id, { name: options.tokenName ?? "Entra ID" }, CLI_ACTOR);
  return {
    orgId: org.id,
    domain,
    token,
    client: new ScimClient(token),
    flagged: new ScimClient(token, true),
    email: (local = unique("u")) => `${local}@${domain}`,
  };
}

export function patchOp(...Operations: unknown[]) {
  return { schemas: [PATCH_OP], Operations };
}

/** Creates a user through SCIM and returns its resource (fails the test on anything but 201). */
export async function createUser(client: ScimClient, user: Record<string, unknown>): Promise<Json> {
  const res = await client.post("/Users", { schemas: [USER_SCHEMA], active: true, ...user });
  if (res.status !== 201) throw new Error(`POST /Users answered ${res.status}: ${res.text}`);
  return res.body;
}

export async function createGroup(
  client: ScimClient,
  displayName: string,
  extra: Record<string, unknown> = {},
): Promise<Json> {
  const res = await client.post("/Groups", { schemas: [GROUP_SCHEMA], displayName, ...extra });
  if (res.status !== 201) throw new Error(`POST /Groups answered ${res.status}: ${res.text}`);
  return res.body;
}
