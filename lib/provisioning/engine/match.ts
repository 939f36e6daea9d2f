// Matching (entra-scim.md §1 step 3): a cached target id is used first; otherwise the matching attributes are
// queried in precedence order with `GET /<endpoint>?filter=<attr> eq "<value>"` until one finds the object.
import { matchingAttributes } from "@/lib/mapping/evaluate-mapping";
import type { SourceAttributes, TObjectMapping } from "@/lib/mapping/types";
import { eqFilter } from "../scim-client/dialect";
import type { CallContext, ScimEndpoint, ScimTarget } from "../scim-client/scim-target";
import type { ScimResource } from "../scim-client/types";
import { EngineError } from "./diagnose";
import type { ObjectState } from "./types";

export type MatchResult = { resource: ScimResource | null; detail: string };

export async function matchByAttributes(
  target: ScimTarget,
  endpoint: ScimEndpoint,
  mapping: TObjectMapping,
  attrs: SourceAttributes,
  ctx: CallContext,
): Promise<MatchResult> {
  const tried: string[] = [];
  for (const { target: attribute, value } of matchingAttributes(mapping, attrs)) {
    const filter = eqFilter(attribute, value);
    const found = await target.query(endpoint, filter, ctx);
    if (found.length > 1) {
      throw new EngineError(
        "MultipleTargetObjectsMatched",
        `${found.length} objects in the target match ${filter}.`,
        `Remove the duplicates in the target, or choose a matching attribute whose values are unique.`,
      );
    }
    if (found.length === 1 && found[0]!.id)
      return { resource: found[0]!, detail: `Matched target object ${found[0]!.id} with ${filter}.` };
    tried.push(filter);
  }
  if (tried.length === 0)
    return { resource: null, detail: "No matching attribute has a value for this object: it cannot be matched." };
  return { resource: null, detail: `No target object matched (${tried.join("; then ")}).` };
}

export async function matchObject(
  target: ScimTarget,
  endpoint: ScimEndpoint,
  mapping: TObjectMapping,
  attrs: SourceAttributes,
  state: ObjectState | null,
  ctx: CallContext,
): Promise<MatchResult> {
  if (state?.targetId && state.lifecycle !== "deleted") {
    const resource = await target.get(endpoint, state.targetId, ctx);
    if (resource) return { resource, detail: `Found target object ${state.targetId} by the id provisioning stored.` };
    const again = await matchByAttributes(target, endpoint, mapping, attrs, ctx);
    return {
      ...again,
      detail: `The stored target id ${state.targetId} no longer exists in the target. ${again.detail}`,
    };
  }
  return matchByAttributes(target, endpoint, mapping, attrs, ctx);
}
