// What an endpoint gets from handleScimRequest once the caller is authenticated, and what it reports back for
// the inbound request log. API: EndpointContext, RequestLogDraft, MethodNotAllowed, ok(), MAX_RESULTS.
import type { SqlSession } from "@/lib/db/sql-session";
import { ScimError } from "../errors";
import type { ScimResult } from "./types";

export interface RequestLogDraft {
  orgId: string | null;
  tokenName: string | null;
  action?: string;
  resourceType?: string;
  resourceId?: string;
  resourceName?: string;
}

export interface EndpointContext {
  orgId: string;
  method: string;
  /** The resource id segment, or `.search`. */
  id: string | undefined;
  query: URLSearchParams;
  baseUrl: string;
  ifMatch: string | null | undefined;
  ifNoneMatch: string | null | undefined;
  /** Who provisioned, stored on created users and groups: `SCIM (<token name>)`. */
  source: string;
  /** Parses the request body on first use (413/415/400 from there). */
  body: () => unknown;
  /** A GET's one read (sqlRead), which every read of its answer uses; absent for writes. */
  reads?: SqlSession;
  log: RequestLogDraft;
}

/** 405 with the `Allow` header the response must carry. */
export class MethodNotAllowed extends ScimError {
  readonly allow: string;

  constructor(method: string, allowed: string[]) {
    super(405, undefined, `Method ${method} is not supported on this endpoint; use ${allowed.join(", ")}`);
    this.allow = allowed.join(", ");
  }
}

/** Largest page a list request returns; advertised as filter.maxResults in /ServiceProviderConfig. */
export const MAX_RESULTS = 200;

export function ok(body: unknown, headers?: Record<string, string>): ScimResult {
  return { status: 200, body, ...(headers ? { headers } : {}) };
}
