// SelectUniqueValue's question to the target (on create): is a candidate already taken? One
// `GET /<endpoint>?filter=<attribute> eq "<candidate>"`; a hit on the object being provisioned itself does not count.
import type { TargetUniqueness } from "@/lib/mapping/evaluate-mapping";
import { eqFilter } from "../scim-client/dialect";
import type { CallContext, ScimEndpoint, ScimTarget } from "../scim-client/scim-target";

export function targetUniqueness(
  target: ScimTarget,
  endpoint: ScimEndpoint,
  call: CallContext,
  selfId: string | null,
): TargetUniqueness {
  return async (attribute, value) => {
    const found = await target.query(endpoint, eqFilter(attribute, value), call);
    return found.every((resource) => selfId !== null && resource.id === selfId);
  };
}
