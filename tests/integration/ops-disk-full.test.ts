// Faults on purpose: the SQLite database full (issue 14 item 6). The app runs with its file capped
// (ORG_CENTER_SQLITE_MAX_MB, SQLite's max_page_count: a write past it fails exactly as on a full disk). SCIM then
// answers 503 with Retry-After and a SCIM error body, nothing is half-written, and once space returns (columns cleared,
// their pages free again) the same process serves writes again.
import fs from "node:fs";
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { disconnectPrisma, prisma } from "@/lib/db/client";
import { privateDatabase, startAppProcess, type AppProcess, removePrivateData } from "./support/app-process";
import { createScimOrg, ERROR_SCHEMA, GROUP_SCHEMA, patchOp, ScimClient, USER_SCHEMA } from "./support/scim";

const sharedUrl = process.env.DATABASE_URL;
let app: AppProcess | undefined;
let file: string;

beforeAll(async () => {
  process.env.DATABASE_URL = await privateDatabase("disk-full", "sqlite");
  file = process.env.DATABASE_URL.replace(/^file:/, "");
});
afterAll(async () => {
  app?.child.kill("SIGKILL");
  await disconnectPrisma();
  process.env.DATABASE_URL = sharedUrl;
  await removePrivateData();
});

// Bulky but valid: the request log keeps the body (up to 64 KiB), so each write takes room twice.
const filler = (i: number) => ({ title: `${i} ${"x".repeat(30_000)}` });

describe("the SQLite database full", () => {
  it("answers 503 with Retry-After and a SCIM body, writes nothing by halves, and serves again when space returns", async () => {
    const org = await createScimOrg();
    await disconnectPrisma();
    const mb = Math.ceil(fs.statSync(file).size / 1048576) + 2;
    app = await startAppProcess({
      databaseUrl: process.env.DATABASE_URL!,
      env: { ORG_CENTER_SQLITE_MAX_MB: String(mb) },
    });
    const client = new ScimClient(org.token, false, `${app.baseUrl}/scim/v2`);
    const group = await client.post("/Groups", { schemas: [GROUP_SCHEMA], displayName: "Everyone" });
    expect(group.status).toBe(201);

    const created: { id: string; userName: string }[] = [];
    const refused: string[] = [];
    for (let i = 0; i < 400 && refused.length < 3; i++) {
      const userName = `fill${i}@${org.domain}`;
      const res = await client.post("/Users", { schemas: [USER_SCHEMA], userName, active: true, ...filler(i) });
      if (res.status === 201) created.push({ id: res.body.id, userName });
      else {
        expect(res.status, res.text).toBe(503);
        expect(res.headers.get("retry-after")).toMatch(/^\d+$/);
        expect(res.headers.get("content-type")).toContain("application/scim+json");
        expect(res.body).toMatchObject({ schemas: [ERROR_SCHEMA], status: "503" });
        expect(res.body.detail).toMatch(/retry later/);
        refused.push(userName);
      }
    }
    expect(created.length).toBeGreaterThan(0);
    expect(refused.length).toBe(3);

    // A membership change while full: refused whole, the group unchanged.
    const members = created.slice(0, 3).map((u) => ({ value: u.id }));
    const patch = await client.patch(
      `/Groups/${group.body.id}`,
      patchOp({ op: "add", path: "members", value: members }),
    );
    expect([204, 200, 503]).toContain(patch.status);
    const afterPatch = await client.get(`/Groups/${group.body.id}`);
    // Reads still work while the disk is full.
    expect(afterPatch.status).toBe(200);
    expect((afterPatch.body.members ?? []).length).toBe(patch.status === 503 ? 0 : 3);

    // Nothing half-written: every acknowledged user is there whole, none of the refused ones exists.
    for (const u of created.slice(-3)) expect((await client.get(`/Users/${u.id}`)).body.title).toMatch(/^\d+ x+$/);
    for (const userName of refused)
      expect((await client.filter("Users", `userName eq "${userName}"`)).body.totalResults).toBe(0);
    const db = new Database(file);
    expect(db.pragma("quick_check", { simple: true })).toBe("ok");

    // Space returns: the bulky titles are cleared (their pages go back to SQLite's free list).
    db.prepare(`UPDATE "OrgUser" SET "title" = NULL WHERE "userName" LIKE 'fill%'`).run();
    db.close();
    const again = await client.post("/Users", { schemas: [USER_SCHEMA], userName: refused[0], active: true });
    expect(again.status, again.text).toBe(201);
    const patched = await client.patch(
      `/Groups/${group.body.id}`,
      patchOp({ op: "add", path: "members", value: members }),
    );
    expect(patched.status).toBeLessThan(300);
    expect((await client.get(`/Groups/${group.body.id}`)).body.members).toHaveLength(3);
    // Same process throughout: it never had to restart.
    expect(app.child.exitCode).toBeNull();
    app.child.kill("SIGTERM");
    expect(await app.exited).toBe(0);
    app = undefined;
    expect(await prisma.orgUser.count({ where: { orgId: org.orgId } })).toBe(created.length + 1);
  }, 180_000);
});
