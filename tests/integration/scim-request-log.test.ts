// The inbound request log over real HTTP (PRODUCT.md §4): one row per SCIM request, with the action taken, the
// resource, and the bodies with secrets redacted; the Authorization header is never stored.
import { beforeAll, describe, expect, it } from "vitest";
import { requestLogDb } from "@/lib/db/client";
import { createGroup, createScimOrg, createUser, patchOp, ScimClient, USER_SCHEMA, type ScimOrg } from "./support/scim";
import { unique } from "./support/cli";

let org: ScimOrg;
beforeAll(async () => {
  org = await createScimOrg({ tokenName: "Entra ID (log test)" });
});

/** The row is written just after the response is sent, so wait for it briefly. */
async function logRow(requestId: string) {
  for (let i = 0; i < 100; i++) {
    const row = await requestLogDb.scimRequestLog.findFirst({ where: { requestId } });
    if (row) return row;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`no request log row for ${requestId}`);
}

const rid = () => unique("rid");

describe("inbound SCIM request log", () => {
  it("records a create with method, path, status, duration, token, user agent, action and resource; redacts secrets", async () => {
    const requestId = rid();
    const userName = org.email("logged");
    const res = await org.client.post(
      "/Users",
      {
        schemas: [USER_SCHEMA],
        userName,
        password: "hunter2-secret",
        "urn:custom:apiToken": { value: "tok-123" },
        nested: [{ clientSecret: "s3cr3t" }],
      },
      { "x-request-id": requestId, "user-agent": "Entra-Test/1.0", "x-forwarded-for": "198.51.100.7" },
    );
    expect(res.status).toBe(201);
    const row = await logRow(requestId);
    expect(row).toMatchObject({
      orgId: org.orgId,
      method: "POST",
      path: "/scim/v2/Users",
      status: 201,
      tokenName: "Entra ID (log test)",
      userAgent: "Entra-Test/1.0",
      clientIp: null,
      action: "Create User",
      resourceType: "User",
      resourceId: res.body.id,
      resourceName: userName,
    });
    expect(row.durationMs).toBeGreaterThanOrEqual(0);
    const stored = JSON.parse(row.requestBody!);
    expect(stored).toMatchObject({
      userName,
      password: "[REDACTED]",
      "urn:custom:apiToken": "[REDACTED]",
      nested: [{ clientSecret: "[REDACTED]" }],
    });
    expect(JSON.parse(row.responseBody!).id).toBe(res.body.id);
    const everything = JSON.stringify(row);
    for (const secret of ["hunter2", "tok-123", "s3cr3t", org.token]) expect(everything).not.toContain(secret);
  });

  it("names the action of each request and writes exactly one row per request", async () => {
    const user = await createUser(org.client, { userName: org.email() });
    const group = await createGroup(org.client, unique("Logged"));
    const cases: [string, () => Promise<unknown>, Record<string, unknown>][] = [
      [
        "Query Users",
        () => org.client.filter("Users", `userName eq "${user.userName}"`, "access_token=leak"),
        { status: 200, resourceType: "User" },
      ],
      ["Get User", () => org.client.get(`/Users/${user.id}`), { resourceId: user.id, resourceName: user.userName }],
      [
        "Disable User",
        () => org.client.patch(`/Users/${user.id}`, patchOp({ op: "Replace", path: "active", value: "False" })),
        { status: 200 },
      ],
      [
        "Enable User",
        () => org.flagged.patch(`/Users/${user.id}`, patchOp({ op: "replace", path: "active", value: true })),
        { status: 200 },
      ],
      [
        "Add members",
        () =>
          org.client.patch(`/Groups/${group.id}`, patchOp({ op: "Add", path: "members", value: [{ value: user.id }] })),
        { status: 204, resourceName: group.displayName },
      ],
      [
        "Remove members",
        () =>
          org.client.patch(
            `/Groups/${group.id}`,
            patchOp({ op: "Remove", path: "members", value: [{ value: user.id }] }),
          ),
        { status: 204 },
      ],
      [
        "Update Group",
        () =>
          org.client.patch(
            `/Groups/${group.id}`,
            patchOp({ op: "Replace", path: "displayName", value: `${group.displayName}-2` }),
          ),
        {},
      ],
      [
        "Create User",
        () => org.client.post("/Users", { userName: user.userName }),
        { status: 409, resourceName: user.userName },
      ],
      [
        "Delete Group",
        () => org.client.delete(`/Groups/${group.id}`),
        { status: 204, resourceType: "Group", resourceId: group.id },
      ],
      ["Delete User", () => org.client.delete(`/Users/${user.id}`), { status: 204 }],
    ];
    const requestIds: string[] = [];
    for (const [action, send, expected] of cases) {
      const requestId = rid();
      requestIds.push(requestId);
      await runWithRequestId(requestId, send);
      const row = await logRow(requestId);
      expect(row, action).toMatchObject({ action, ...expected });
    }
    await new Promise((r) => setTimeout(r, 200));
    expect(await requestLogDb.scimRequestLog.count({ where: { requestId: { in: requestIds } } })).toBe(cases.length);
    const query = await requestLogDb.scimRequestLog.findFirst({
      where: { orgId: org.orgId, action: "Query Users" },
      orderBy: { at: "desc" },
    });
    expect(query!.query).toContain("access_token=%5BREDACTED%5D");
    expect(query!.query).not.toContain("leak");
  });

  it("records rejected requests too: 401 without an organization, 413 without the body, big bodies truncated", async () => {
    const unauthorized = rid();
    await new ScimClient("ocs_wrong").get("/Users", { "x-request-id": unauthorized });
    expect(await logRow(unauthorized)).toMatchObject({ orgId: null, status: 401, tokenName: null, method: "GET" });

    const tooLarge = rid();
    await org.client.post("/Users", JSON.stringify({ userName: "x", pad: "z".repeat(1100 * 1024) }), {
      "x-request-id": tooLarge,
    });
    expect(await logRow(tooLarge)).toMatchObject({ status: 413, requestBody: "[body over 1 MiB not stored]" });

    const big = rid();
    const res = await org.client.post(
      "/Users",
      { schemas: [USER_SCHEMA], userName: org.email(), pad: "p".repeat(200 * 1024) },
      { "x-request-id": big },
    );
    expect(res.status).toBe(201);
    const row = await logRow(big);
    expect(row.requestBody!.length).toBeLessThan(70 * 1024);
    expect(row.requestBody).toContain("[truncated");
  });
});

/** Sends through the shared clients with an X-Request-Id by wrapping fetch for one call. */
async function runWithRequestId(requestId: string, send: () => Promise<unknown>) {
  const original = globalThis.fetch;
  globalThis.fetch = (input, init) => {
    const headers = new Headers(init?.headers);
    headers.set("x-request-id", requestId);
    return original(input, { ...init, headers });
  };
  try {
    await send();
  } finally {
    globalThis.fetch = original;
  }
}
