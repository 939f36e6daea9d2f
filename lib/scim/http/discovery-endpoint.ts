// GET /ServiceProviderConfig, /Schemas[/{id}] and /ResourceTypes[/{id}]: static documents built from the same
// attribute tables the server enforces. API: handleDiscovery(ctx, endpoint).
import { ScimError } from "../errors";
import { toListResponse } from "../list-response";
import { buildResourceTypes, buildSchemas, buildServiceProviderConfig } from "../resource-schemas";
import { MAX_RESULTS, MethodNotAllowed, ok, type EndpointContext } from "./context";
import type { Endpoint } from "./route-path";
import type { ScimResult } from "./types";

export function handleDiscovery(ctx: EndpointContext, endpoint: Exclude<Endpoint, "Users" | "Groups">): ScimResult {
  if (ctx.method !== "GET") throw new MethodNotAllowed(ctx.method, ["GET"]);
  ctx.log.action = `Get ${endpoint}`;
  ctx.log.resourceType = endpoint;
  if (endpoint === "ServiceProviderConfig") {
    if (ctx.id !== undefined) throw new ScimError(404, undefined, `${endpoint} has no sub-resources`);
    return ok(buildServiceProviderConfig(ctx.baseUrl, { etag: true, maxResults: MAX_RESULTS }));
  }
  const documents = endpoint === "Schemas" ? buildSchemas(ctx.baseUrl) : buildResourceTypes(ctx.baseUrl);
  if (ctx.id === undefined)
    return ok(toListResponse({ resources: documents, totalResults: documents.length, startIndex: 1 }));
  const wanted = ctx.id.toLowerCase();
  const found = documents.find((d) => String(d.id).toLowerCase() === wanted);
  if (!found)
    throw new ScimError(404, undefined, `${endpoint === "Schemas" ? "Schema" : "ResourceType"} ${ctx.id} not found`);
  ctx.log.resourceId = String(found.id);
  return ok(found);
}
