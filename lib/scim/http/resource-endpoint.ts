// The method table shared by /Users and /Groups: list (GET or POST .search), create (201 + Location), get, replace,
// patch, delete (204), with ETag on single resources and the request-log action. API: handleResource(ctx, ops).
import type { JsonObject } from "../json";
import type { ListParams } from "../list-params";
import type { ScimListResponse } from "../list-response";
import { etagOf, matchesIfMatch } from "@/lib/directory/etag";
import type { ReadOptions, ResourceView } from "@/lib/directory/resource-view";
import type { WriteOptions } from "@/lib/directory/users-write";
import { MethodNotAllowed, ok, type EndpointContext } from "./context";
import { listParamsFromQuery, listParamsFromSearchBody, selectionFromQuery } from "./list-query";
import type { ScimResult } from "./types";

export interface ResourceOps {
  type: "User" | "Group";
  list(orgId: string, params: ListParams, options: ReadOptions): Promise<ScimListResponse<JsonObject>>;
  get(orgId: string, id: string, options: ReadOptions): Promise<ResourceView>;
  create(orgId: string, body: unknown, options: WriteOptions): Promise<ResourceView>;
  replace(orgId: string, id: string, body: unknown, options: WriteOptions): Promise<ResourceView>;
  patch(ctx: EndpointContext, id: string, options: WriteOptions): Promise<ScimResult>;
  remove(orgId: string, id: string, ifMatch?: string | null): Promise<{ name: string }>;
  /** userName / displayName from a request body, so a failed create still names its target in the log. */
  nameOf(body: unknown): string | undefined;
}

export function singleResource(view: ResourceView, status = 200): ScimResult {
  const headers: Record<string, string> = { ETag: etagOf(view.version) };
  const meta = view.resource.meta as { location?: string } | undefined;
  if (status === 201 && meta?.location) headers.Location = meta.location;
  return { status, body: view.stream ?? view.resource, headers };
}

function describe(ctx: EndpointContext, action: string, view?: { id: string; name: string }): void {
  ctx.log.action = action;
  if (view) {
    ctx.log.resourceId = view.id;
    ctx.log.resourceName = view.name;
  }
}

async function collection(ctx: EndpointContext, ops: ResourceOps, write: WriteOptions): Promise<ScimResult> {
  const { method, id, orgId } = ctx;
  const read: ReadOptions = { baseUrl: ctx.baseUrl, reads: ctx.reads };
  if (id === ".search") {
    if (method !== "POST") throw new MethodNotAllowed(method, ["POST"]);
    describe(ctx, `Query ${ops.type}s`);
    return ok(await ops.list(orgId, listParamsFromSearchBody(ctx.body()), read));
  }
  if (method === "GET") {
    describe(ctx, `Query ${ops.type}s`);
    return ok(await ops.list(orgId, listParamsFromQuery(ctx.query), read));
  }
  if (method !== "POST") throw new MethodNotAllowed(method, ["GET", "POST"]);
  describe(ctx, `Create ${ops.type}`);
  const body = ctx.body();
  ctx.log.resourceName = ops.nameOf(body);
  const view = await ops.create(orgId, body, write);
  describe(ctx, `Create ${ops.type}`, view);
  return singleResource(view, 201);
}

export async function handleResource(ctx: EndpointContext, ops: ResourceOps): Promise<ScimResult> {
  const { method, id, orgId } = ctx;
  ctx.log.resourceType = ops.type;
  const write: WriteOptions = { baseUrl: ctx.baseUrl, ifMatch: ctx.ifMatch, source: ctx.source };
  if (id === undefined || id === ".search") return collection(ctx, ops, write);
  ctx.log.resourceId = id;
  switch (method) {
    case "GET": {
      ctx.log.action = `Get ${ops.type}`;
      const view = await ops.get(orgId, id, {
        baseUrl: ctx.baseUrl,
        selection: selectionFromQuery(ctx.query),
        reads: ctx.reads,
      });
      describe(ctx, `Get ${ops.type}`, view);
      if (ctx.ifNoneMatch && matchesIfMatch(ctx.ifNoneMatch, view.version))
        return { status: 304, headers: { ETag: etagOf(view.version) } };
      return singleResource(view);
    }
    case "PUT": {
      ctx.log.action = `Replace ${ops.type}`;
      const view = await ops.replace(orgId, id, ctx.body(), write);
      describe(ctx, `Replace ${ops.type}`, view);
      return singleResource(view);
    }
    case "PATCH":
      ctx.log.action = `Update ${ops.type}`;
      return ops.patch(ctx, id, write);
    case "DELETE": {
      ctx.log.action = `Delete ${ops.type}`;
      const { name } = await ops.remove(orgId, id, ctx.ifMatch);
      ctx.log.resourceName = name;
      return { status: 204 };
    }
  }
  throw new MethodNotAllowed(method, ["GET", "PUT", "PATCH", "DELETE"]);
}
