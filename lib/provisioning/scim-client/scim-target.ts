// The operations the engine performs on a target (entra-scim.md §1): query by filter, get, create, patch and
// delete Users and Groups. Anything but the expected answer becomes a ScimCallError the log can explain.
import {
  ScimTransportError,
  type ExchangeRecord,
  type ScimDialect,
  type ScimMethod,
  type ScimResource,
  type ScimTransport,
} from "./types";

export type ScimEndpoint = "Users" | "Groups";
export type CallContext = { requestId?: string; trace?: ExchangeRecord[] };
export type CallErrorKind = "http" | "timeout" | "network" | "blocked" | "invalid-response";

export class ScimCallError extends Error {
  constructor(
    readonly kind: CallErrorKind,
    readonly method: ScimMethod,
    readonly path: string,
    readonly status: number | null,
    message: string,
    readonly scimType?: string,
    readonly responseBody?: unknown,
  ) {
    super(message);
    this.name = "ScimCallError";
  }
}

export type ScimTarget = {
  dialect: ScimDialect;
  query(endpoint: ScimEndpoint, filter: string, ctx?: CallContext): Promise<ScimResource[]>;
  get(endpoint: ScimEndpoint, id: string, ctx?: CallContext): Promise<ScimResource | null>;
  create(endpoint: ScimEndpoint, body: unknown, ctx?: CallContext): Promise<ScimResource>;
  patch(endpoint: ScimEndpoint, id: string, body: unknown, ctx?: CallContext): Promise<void>;
  remove(endpoint: ScimEndpoint, id: string, ctx?: CallContext): Promise<"deleted" | "absent">;
};

function detailOf(body: unknown, text: string): { detail: string; scimType?: string } {
  if (body && typeof body === "object") {
    const b = body as Record<string, unknown>;
    const detail = typeof b.detail === "string" ? b.detail : typeof b.message === "string" ? b.message : undefined;
    if (detail) return { detail, scimType: typeof b.scimType === "string" ? b.scimType : undefined };
  }
  const snippet = text.replace(/\s+/g, " ").trim().slice(0, 200);
  return { detail: snippet || "(empty body)" };
}

export function createScimTarget(transport: ScimTransport, dialect: ScimDialect): ScimTarget {
  async function call(
    method: ScimMethod,
    path: string,
    ctx: CallContext,
    opts: { query?: Record<string, string>; body?: unknown; ok: number[]; allow404?: boolean },
  ) {
    try {
      const res = await transport.send({
        method,
        path,
        query: opts.query,
        body: opts.body,
        requestId: ctx.requestId,
        trace: ctx.trace,
      });
      if (opts.allow404 && res.status === 404) return null;
      if (!opts.ok.includes(res.status)) {
        const { detail, scimType } = detailOf(res.body, res.text);
        throw new ScimCallError(
          "http",
          method,
          path,
          res.status,
          `${method} ${path} answered ${res.status}: ${detail}`,
          scimType,
          res.body ?? res.text.slice(0, 2000),
        );
      }
      return res;
    } catch (error) {
      if (error instanceof ScimTransportError)
        throw new ScimCallError(error.kind, method, path, null, `${method} ${path}: ${error.message}`);
      throw error;
    }
  }

  function resourceOf(method: ScimMethod, path: string, body: unknown, text: string): ScimResource {
    if (!body || typeof body !== "object" || Array.isArray(body)) {
      throw new ScimCallError(
        "invalid-response",
        method,
        path,
        200,
        `${method} ${path} did not answer with a SCIM resource: ${text.slice(0, 120) || "(empty body)"}`,
      );
    }
    return body as ScimResource;
  }

  const excluded = (endpoint: ScimEndpoint): Record<string, string> =>
    endpoint === "Groups" ? { excludedAttributes: "members" } : {};

  return {
    dialect,
    async query(endpoint, filter, ctx = {}) {
      const path = `/${endpoint}`;
      const res = (await call("GET", path, ctx, { query: { ...excluded(endpoint), filter }, ok: [200] }))!;
      const body = res.body as { Resources?: unknown; totalResults?: unknown } | undefined;
      if (!body || typeof body !== "object")
        throw new ScimCallError(
          "invalid-response",
          "GET",
          path,
          res.status,
          `GET ${path}?filter=… did not answer with a SCIM ListResponse: ${res.text.slice(0, 120) || "(empty body)"}`,
        );
      if (Array.isArray(body.Resources)) return body.Resources as ScimResource[];
      if (body.totalResults === 0) return [];
      throw new ScimCallError(
        "invalid-response",
        "GET",
        path,
        res.status,
        `GET ${path}?filter=… answered without a Resources array`,
      );
    },
    async get(endpoint, id, ctx = {}) {
      const path = `/${endpoint}/${encodeURIComponent(id)}`;
      const res = await call("GET", path, ctx, { query: excluded(endpoint), ok: [200], allow404: true });
      return res ? resourceOf("GET", path, res.body, res.text) : null;
    },
    async create(endpoint, body, ctx = {}) {
      const path = `/${endpoint}`;
      const res = (await call("POST", path, ctx, { body, ok: [200, 201] }))!;
      const resource = resourceOf("POST", path, res.body, res.text);
      if (typeof resource.id !== "string" || !resource.id)
        throw new ScimCallError(
          "invalid-response",
          "POST",
          path,
          res.status,
          `POST ${path} answered ${res.status} without an id`,
        );
      return resource;
    },
    async patch(endpoint, id, body, ctx = {}) {
      await call("PATCH", `/${endpoint}/${encodeURIComponent(id)}`, ctx, { body, ok: [200, 204] });
    },
    async remove(endpoint, id, ctx = {}) {
      const res = await call("DELETE", `/${endpoint}/${encodeURIComponent(id)}`, ctx, {
        ok: [200, 204],
        allow404: true,
      });
      return res ? "deleted" : "absent";
    },
  };
}
