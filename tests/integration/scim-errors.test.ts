// Errors and bad input over real HTTP: SCIM error bodies with the right status and scimType, always
// application/scim+json, never a 5xx or an HTML page for a client's mistake (entra-scim.md §0, E21).
import http from "node:http";
import { beforeAll, describe, expect, it } from "vitest";
import { CLI_ACTOR } from "@/lib/audit/record-audit-event";
import { revokeScimToken } from "@/lib/scim-tokens/revoke-scim-token";
import { createScimToken } from "@/lib/scim-tokens/create-scim-token";
import { updateInboundSettings } from "@/lib/orgs/update-inbound-settings";
import {
  createScimOrg,
  createUser,
  ERROR_SCHEMA,
  LIST_SCHEMA,
  patchOp,
  ScimClient,
  USER_SCHEMA,
  type ScimOrg,
  type ScimResponse,
} from "./support/scim";

let org: ScimOrg;
beforeAll(async () => {
  org = await createScimOrg();
});

function expectError(res: ScimResponse, status: number, scimType?: string) {
  expect(res.status, res.text).toBe(status);
  expect(res.headers.get("content-type")).toBe("application/scim+json");
  expect(res.body).toMatchObject({ schemas: [ERROR_SCHEMA], status: String(status) });
  expect(typeof res.body.detail).toBe("string");
  if (scimType) expect(res.body.scimType).toBe(scimType);
}

/** A request through node:http, so no User-Agent (or any header we did not name) is sent. */
function rawRequest(
  method: string,
  url: string,
  headers: Record<string, string>,
  body?: string,
): Promise<{ status: number; headers: http.IncomingHttpHeaders; text: string }> {
  return new Promise((resolve, reject) => {
    const req = http.request(url, { method, headers }, (res) => {
      let text = "";
      res.setEncoding("utf8");
      res.on("data", (c) => (text += c));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, text }));
    });
    req.on("error", reject);
    req.end(body);
  });
}

describe("authentication and inbound settings", () => {
  it("no token, an unknown token and a revoked token are 401 with WWW-Authenticate: Bearer", async () => {
    const { token } = await createScimToken(org.orgId, { name: "to revoke" }, CLI_ACTOR);
    const revoked = new ScimClient(token);
    expect((await revoked.get("/Users")).status).toBe(200);
    await revokeScimToken(org.orgId, "to revoke", CLI_ACTOR);
    for (const client of [new ScimClient(null), new ScimClient("ocs_not-a-real-token"), revoked]) {
      const res = await client.get("/Users");
      expectError(res, 401);
      expect(res.headers.get("www-authenticate")).toMatch(/^Bearer/);
    }
    expectError(await org.client.get("/Users", { authorization: "Basic dXNlcjpwYXNz" }), 401);
  });

  it("403 while the organization's inbound provisioning is Off, 200 again once it is On", async () => {
    await updateInboundSettings(org.orgId, { inboundEnabled: false, inboundFailureEmail: "" }, CLI_ACTOR);
    try {
      const res = await org.client.get("/Users");
      expectError(res, 403);
      expect(res.body.detail).toBe("Inbound provisioning is turned off for this organization");
    } finally {
      await updateInboundSettings(org.orgId, { inboundEnabled: true, inboundFailureEmail: "" }, CLI_ACTOR);
    }
    expect((await org.client.get("/Users")).status).toBe(200);
  });

  it("no User-Agent is needed; JSON content types with or without charset, or none, are accepted", async () => {
    const url = `${org.client.baseUrl}/Users`;
    const body = JSON.stringify({ schemas: [USER_SCHEMA], userName: org.email() });
    const res = await rawRequest(
      "POST",
      url,
      { authorization: `Bearer ${org.token}`, "content-type": "application/json" },
      body,
    );
    expect(res.status, res.text).toBe(201);
    expect(res.headers["content-type"]).toBe("application/scim+json");
    const noType = await rawRequest(
      "POST",
      url,
      { authorization: `Bearer ${org.token}` },
      JSON.stringify({ userName: org.email() }),
    );
    expect(noType.status, noType.text).toBe(201);
    expectError(
      await org.client.post("/Users", JSON.stringify({ userName: org.email() }), { "content-type": "text/plain" }),
      415,
    );
  });
});

describe("request bodies", () => {
  it("malformed JSON, an empty body and non-object bodies are 400 invalidSyntax", async () => {
    for (const body of ['{"userName": "a@b.c",', "", "[1,2]", '"text"', "null"]) {
      expectError(
        await org.client.request("POST", "/Users", body, { "content-type": "application/scim+json" }),
        400,
        "invalidSyntax",
      );
    }
    const deep = "[".repeat(5000) + "]".repeat(5000);
    expectError(await org.client.post("/Users", `{"userName":"x@${org.domain}","x":${deep}}`), 400, "invalidSyntax");
  });

  it("wrong types and missing required attributes are 400 invalidValue", async () => {
    const bodies = [
      { schemas: [USER_SCHEMA], userName: { nested: true } },
      { schemas: [USER_SCHEMA], userName: org.email(), active: "maybe" },
      { schemas: [USER_SCHEMA], userName: org.email(), name: "Bob" },
      { schemas: [USER_SCHEMA], displayName: "no userName" },
      { schemas: [USER_SCHEMA], userName: "" },
      { schemas: [USER_SCHEMA], userName: `${"x".repeat(600)}@${org.domain}` },
      { schemas: [USER_SCHEMA], userName: `nul\u0000@${org.domain}` },
    ];
    for (const body of bodies) expectError(await org.client.post("/Users", body), 400, "invalidValue");
    expectError(await org.client.post("/Groups", { displayName: 42.5, members: "x" }), 400, "invalidValue");
  });

  it("bad PATCH requests are 400 with the matching scimType", async () => {
    const user = await createUser(org.client, { userName: org.email() });
    const path = `/Users/${user.id}`;
    expectError(await org.client.patch(path, { schemas: [], Operations: "replace" }), 400, "invalidSyntax");
    expectError(await org.client.patch(path, patchOp({ op: "copy", path: "title", value: "x" })), 400, "invalidSyntax");
    expectError(
      await org.client.patch(path, patchOp({ op: "replace", path: 'emails[type eq "work"', value: "x" })),
      400,
      "invalidPath",
    );
    expectError(await org.client.patch(path, patchOp({ op: "replace", path: 7, value: "x" })), 400, "invalidPath");
    expectError(await org.client.patch(path, patchOp({ op: "remove" })), 400, "noTarget");
    expectError(
      await org.client.patch(path, patchOp({ op: "replace", path: "active", value: "perhaps" })),
      400,
      "invalidValue",
    );
    expectError(await org.client.patch(path, patchOp({ op: "remove", path: "userName" })), 400, "invalidValue");
    expect((await org.client.get(path)).body.meta.version).toBe(user.meta.version);
  });

  it("bodies over 1 MiB are 413; a body just under the limit is read", async () => {
    const under = JSON.stringify({ schemas: [USER_SCHEMA], userName: org.email(), padding: "" });
    const fill = "x".repeat(1024 * 1024 - Buffer.byteLength(under));
    const exact = under.replace('"padding":""', `"padding":"${fill}"`);
    expect(Buffer.byteLength(exact)).toBe(1024 * 1024);
    expect((await org.client.post("/Users", exact)).status).toBe(201);
    expectError(await org.client.post("/Users", exact.replace('"padding":"', '"padding":"x')), 413);
    expectError(
      await org.client.post("/Users", JSON.stringify({ userName: "a", padding: "y".repeat(5 * 1024 * 1024) })),
      413,
    );
  });
});

describe("filters that are absurd", () => {
  it("a 100 KB filter and 1000-deep parentheses are refused with a 4xx", async () => {
    const huge = `userName eq "${"a".repeat(100 * 1024)}"`;
    // The server accepts long request lines (--max-http-header-size), so even this is a SCIM error body.
    expectError(await org.client.filter("Users", huge), 400, "invalidFilter");
    expectError(await org.client.post("/Users/.search", { filter: huge }), 400, "invalidFilter");
    expectError(await org.client.filter("Users", `userName eq "${"b".repeat(10 * 1024)}"`), 400, "invalidFilter");
    const deep = `${"(".repeat(1000)}userName eq "x"${")".repeat(1000)}`;
    expectError(await org.client.filter("Users", deep), 400, "invalidFilter");
    const wide = Array.from({ length: 2000 }, (_, i) => `userName eq "u${i}"`).join(" or ");
    expectError(await org.client.post("/Users/.search", { filter: wide }), 400, "invalidFilter");
    expectError(await org.client.filter("Users", 'userName eq "a\u0000"'), 400, "invalidFilter");
  });
});

describe("trailing slashes", () => {
  it("are served, not redirected (a redirect would drop the Authorization header)", async () => {
    const res = await org.client.get("/Users/");
    expect(res.status).toBe(200);
    expect(res.body.schemas).toEqual(["urn:ietf:params:scim:api:messages:2.0:ListResponse"]);
  });
});

describe("odd but well-formed queries", () => {
  it("are answered 200 or 400, never 5xx, on either database", async () => {
    const filters = [
      'meta.created gt "0000-01-01T00:00:00Z"',
      'meta.lastModified lt "9999-12-31T23:59:59Z"',
      'meta.created eq "2024-02-30"',
      'meta.created gt "275760-09-13T00:00:00Z"',
      'userName eq "\ud83d\ude00 \u00e9"',
      'userName co ""',
      'emails[value co ""]',
      "title gt 1e308",
      "active eq 1",
      "id pr",
      'meta.resourceType eq "User"',
      "groups pr",
      "name pr",
      "emails pr",
      'emails eq "x@y.z"',
      "userName eq null",
      "title ne null",
      'not (not (not (userName sw "a")))',
      'members[value eq "x"]',
      `${Array.from({ length: 90 }, (_, i) => `userName eq "${i}"`).join(" or ")}`,
    ];
    for (const filter of filters) {
      const res = await org.client.filter("Users", filter);
      expect([200, 400], `${filter} → ${res.status} ${res.text}`).toContain(res.status);
      expect(res.headers.get("content-type")).toBe("application/scim+json");
    }
    const params = [
      "sortBy=emails.value",
      "sortBy=meta.lastModified&sortOrder=DESCENDING",
      "sortBy=urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:department",
      "startIndex=99999999999999999999&count=99999999999",
      "attributes=%21%21",
      "excludedAttributes=members",
      "sortOrder=sideways",
      "count=1.5",
    ];
    for (const query of params) {
      const res = await org.client.get(`/Users?${query}`);
      expect([200, 400], `${query} → ${res.status} ${res.text}`).toContain(res.status);
    }
  });
});

describe("routing, discovery and headers", () => {
  it("unknown endpoints are a SCIM 404, never an HTML page; unsupported methods are 405 with Allow", async () => {
    for (const path of ["/Unknown/x/y", "", "/Users/a/b", "/Bulk", "/Users/%00", "/Groups/a%00b"]) {
      const res = await org.client.get(path);
      expectError(res, 404);
      expect(res.text).not.toContain("<html");
    }
    const put = await org.client.put("/Users", { userName: "x" });
    expectError(put, 405);
    expect(put.headers.get("allow")).toBe("GET, POST");
    expectError(await org.client.delete("/ServiceProviderConfig"), 405);
    expectError(await org.client.request("POST", "/Users/abc", {}), 405);
    const head = await org.client.request("HEAD", "/Users?count=0");
    expect(head.status).toBe(200);
    expect(head.text).toBe("");
  });

  it("resource names in any case, a trailing slash and the aadOptscim062020 flag in the path or query", async () => {
    const paths = [
      "/users",
      "/USERS?count=1",
      "/Users/",
      "/aadOptscim062020/Users",
      "/Users?aadOptscim062020",
      "/?aadOptscim062020/Users",
      "/?aadOptscim062020/Users?count=1",
    ];
    for (const path of paths) {
      const res = await org.client.get(path);
      expect(res.status, path).toBe(200);
      expect(res.body.schemas, path).toEqual([LIST_SCHEMA]);
    }
  });

  it("ServiceProviderConfig advertises PATCH, filter, sort and ETag; Schemas and ResourceTypes list and resolve", async () => {
    const spc = await org.client.get("/ServiceProviderConfig");
    expect(spc.status).toBe(200);
    expect(spc.body).toMatchObject({
      patch: { supported: true },
      filter: { supported: true, maxResults: 200 },
      etag: { supported: true },
      sort: { supported: true },
      bulk: { supported: false },
    });
    const schemas = await org.client.get("/Schemas");
    expect(schemas.text).toContain("User Account");
    expect(schemas.body).toMatchObject({ schemas: [LIST_SCHEMA], totalResults: 3, itemsPerPage: 3 });
    const user = await org.client.get(`/schemas/${USER_SCHEMA}`);
    expect(user.body.id).toBe(USER_SCHEMA);
    expectError(await org.client.get("/Schemas/urn:nope"), 404);
    const types = await org.client.get("/ResourceTypes");
    expect(types.body.Resources.map((t: { id: string }) => t.id)).toEqual(["User", "Group"]);
    expect((await org.client.get("/ResourceTypes/Group")).body.endpoint).toBe("/Groups");
  });

  it("echoes X-Request-Id (or client-request-id), else generates one; nothing is cached", async () => {
    const given = await org.client.get("/Users?count=0", { "x-request-id": "req-123" });
    expect(given.headers.get("x-request-id")).toBe("req-123");
    expect(given.headers.get("cache-control")).toBe("no-store");
    expect((await org.client.get("/Users?count=0", { "client-request-id": "c-9" })).headers.get("x-request-id")).toBe(
      "c-9",
    );
    expect((await org.client.get("/Users?count=0")).headers.get("x-request-id")).toMatch(/^[0-9a-f-]{36}$/);
  });
});
