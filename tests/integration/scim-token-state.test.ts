// A GET on SQLite uses the rows it last found for a token again while the database is provably unchanged
// (authenticate-bearer.ts). A revoke, an expiry or inbound provisioning turned off must still apply at the next read,
// whether this connection made the change (this process) or another one did (another process, here a connection of
// its own on the file). On PostgreSQL the row is read every time; the same checks hold.
import Database from "better-sqlite3";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CLI_ACTOR } from "@/lib/audit/record-audit-event";
import { resolveDatabaseUrl } from "@/lib/db/database-url";
import { sqlRead } from "@/lib/db/sql-session";
import { updateInboundSettings } from "@/lib/orgs/update-inbound-settings";
import { authenticateBearer } from "@/lib/scim-tokens/authenticate-bearer";
import { createScimToken } from "@/lib/scim-tokens/create-scim-token";
import { revokeScimToken } from "@/lib/scim-tokens/revoke-scim-token";
import { hashToken } from "@/lib/scim-tokens/token-hash";
import { pgConnectionConfig } from "../../tools/prisma/engine/connection-config.js";
import { createScimOrg, type ScimOrg } from "./support/scim";

/** Statements on a connection other than this process's own. */
type Other = { run(text: string, params: unknown[]): Promise<void>; close(): Promise<void> };

async function otherConnection(): Promise<Other> {
  const { provider, sqlitePath, url } = resolveDatabaseUrl(process.env.DATABASE_URL);
  if (provider === "sqlite") {
    const db = new Database(sqlitePath!, { timeout: 10_000 });
    return {
      run: async (text, params) => void db.prepare(text).run(...(params as (string | number | null)[])),
      close: async () => void db.close(),
    };
  }
  const { pool, schema } = pgConnectionConfig(url);
  const client = new pg.Client({ ...pool, ...(schema ? { options: `-c search_path="${schema}"` } : {}) });
  await client.connect();
  return {
    run: async (text, params) => {
      let n = 0;
      await client.query(
        text.replace(/\?/g, () => `$${++n}`),
        params,
      );
    },
    close: () => client.end(),
  };
}

/** The token as a GET resolves it: inside a read, as handle-scim-request.ts does. */
const inRead = (token: string, now = new Date()) =>
  sqlRead((reads) => authenticateBearer(`Bearer ${token}`, now, reads));

let org: ScimOrg;
let other: Other;
beforeAll(async () => {
  org = await createScimOrg();
  other = await otherConnection();
});
afterAll(() => other.close());

describe("a token looked up again in a read", () => {
  it("is refused once revoked through this process", async () => {
    const { token } = await createScimToken(org.orgId, { name: "revoked here" }, CLI_ACTOR);
    expect((await inRead(token))?.orgId).toBe(org.orgId);
    expect((await inRead(token))?.orgId).toBe(org.orgId);
    await revokeScimToken(org.orgId, "revoked here", CLI_ACTOR);
    expect(await inRead(token)).toBeNull();
  });

  it("is refused once revoked by another process", async () => {
    const { token } = await createScimToken(org.orgId, { name: "revoked elsewhere" }, CLI_ACTOR);
    expect((await inRead(token))?.orgId).toBe(org.orgId);
    expect((await inRead(token))?.orgId).toBe(org.orgId);
    await other.run(`UPDATE "ScimToken" SET "revokedAt" = '2026-01-01 00:00:00' WHERE "tokenHash" = ?`, [
      hashToken(token),
    ]);
    expect(await inRead(token)).toBeNull();
  });

  it("shows inbound provisioning turned off and on again, by either process", async () => {
    const { token } = await createScimToken(org.orgId, { name: "inbound" }, CLI_ACTOR);
    expect((await inRead(token))?.inboundEnabled).toBe(true);
    await updateInboundSettings(org.orgId, { inboundEnabled: false, inboundFailureEmail: "" }, CLI_ACTOR);
    expect((await inRead(token))?.inboundEnabled).toBe(false);
    await updateInboundSettings(org.orgId, { inboundEnabled: true, inboundFailureEmail: "" }, CLI_ACTOR);
    expect((await inRead(token))?.inboundEnabled).toBe(true);
    await other.run(`UPDATE "Organization" SET "inboundEnabled" = false WHERE "id" = ?`, [org.orgId]);
    expect((await inRead(token))?.inboundEnabled).toBe(false);
    await updateInboundSettings(org.orgId, { inboundEnabled: true, inboundFailureEmail: "" }, CLI_ACTOR);
    expect((await inRead(token))?.inboundEnabled).toBe(true);
  });

  it("is refused once it expires, with nothing written in between", async () => {
    const created = await createScimToken(org.orgId, { name: "expiring", expiresInDays: 1 }, CLI_ACTOR);
    const { token } = created;
    const expiresAt = created.expiresAt!;
    expect((await inRead(token, new Date(expiresAt.getTime() - 1000)))?.orgId).toBe(org.orgId);
    expect((await inRead(token, new Date(expiresAt.getTime() - 1000)))?.orgId).toBe(org.orgId);
    expect(await inRead(token, new Date(expiresAt.getTime() + 1))).toBeNull();
  });
});
