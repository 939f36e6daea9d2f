// An in-memory ScimTarget for the pipeline's unit tests: stores resources, applies the PATCH bodies the engine
// sends (both dialects) and records every call. Integration tests use real SCIM servers instead.
import { parsePath, valuesToResource } from "../scim-client/resource-paths";
import { ScimCallError, type ScimEndpoint, type ScimTarget } from "../scim-client/scim-target";
import type { ScimDialect, ScimResource } from "../scim-client/types";

type Op = { op: string; path?: string; value?: unknown };

export function createFakeTarget(dialect: ScimDialect = "legacy") {
  const store: Record<ScimEndpoint, Map<string, ScimResource & { members?: { value: string }[] }>> = { Users: new Map(), Groups: new Map() };
  const calls: { method: string; endpoint: ScimEndpoint; id?: string; filter?: string; body?: unknown }[] = [];
  let next = 1;
  const failures: { match: (c: (typeof calls)[number]) => boolean; status: number }[] = [];

  function check(call: (typeof calls)[number]) {
    calls.push(call);
    const f = failures.find((x) => x.match(call));
    if (f) throw new ScimCallError("http", call.method as "GET", `/${call.endpoint}`, f.status, `${call.method} answered ${f.status}: injected`);
  }

  function setValue(resource: Record<string, unknown>, path: string, value: unknown) {
    const nested = valuesToResource({ [path]: value as string });
    const p = parsePath(path);
    const key = p.kind === "extension" ? p.urn : p.attr;
    if (p.kind === "simple" && !p.sub) resource[key] = value === "True" ? true : value === "False" ? false : value;
    else resource[key] = { ...(resource[key] as object), ...(nested[key] as object) };
  }

  const target: ScimTarget = {
    dialect,
    async query(endpoint, filter) {
      check({ method: "GET", endpoint, filter });
      const m = /^(\S+) eq "(.*)"$/.exec(filter)!;
      return [...store[endpoint].values()].filter((r) => String(r[m[1]!] ?? "").toLowerCase() === m[2]!.toLowerCase());
    },
    async get(endpoint, id) {
      check({ method: "GET", endpoint, id });
      return store[endpoint].get(id) ?? null;
    },
    async create(endpoint, body) {
      check({ method: "POST", endpoint, body });
      const b = body as ScimResource;
      const key = endpoint === "Users" ? "userName" : "displayName";
      if ([...store[endpoint].values()].some((r) => String(r[key]).toLowerCase() === String(b[key]).toLowerCase())) {
        throw new ScimCallError("http", "POST", `/${endpoint}`, 409, "POST answered 409: exists", "uniqueness");
      }
      const resource = { ...b, id: `t${next++}` };
      store[endpoint].set(resource.id, resource);
      return resource;
    },
    async patch(endpoint, id, body) {
      check({ method: "PATCH", endpoint, id, body });
      const r = store[endpoint].get(id);
      if (!r) throw new ScimCallError("http", "PATCH", `/${endpoint}/${id}`, 404, "PATCH answered 404");
      for (const op of (body as { Operations: Op[] }).Operations) {
        const kind = op.op.toLowerCase();
        if (op.path === "members" || op.path?.startsWith("members[")) {
          const ids = op.path === "members" ? (op.value as { value: string }[]).map((v) => v.value) : [/"(.*)"/.exec(op.path)![1]!];
          const have = new Set((r.members ?? []).map((x) => x.value));
          for (const v of ids) if (kind === "add") have.add(v); else have.delete(v);
          r.members = [...have].map((value) => ({ value }));
        } else if (op.path) setValue(r, op.path, op.value);
        else for (const [k, v] of Object.entries(op.value as object)) setValue(r, k, v);
      }
    },
    async remove(endpoint, id) {
      check({ method: "DELETE", endpoint, id });
      return store[endpoint].delete(id) ? "deleted" : "absent";
    },
  };
  return {
    target,
    store,
    calls,
    failWhen: (match: (c: (typeof calls)[number]) => boolean, status: number) => failures.push({ match, status }),
  };
}
