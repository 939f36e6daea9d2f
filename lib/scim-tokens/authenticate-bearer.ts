// Resolves a SCIM bearer token (a secret token or an OAuth access token) to its organization. Every SCIM request
// starts here, so it is one plain SQL statement (lib/db/sql-session.ts) rather than a Prisma query, and the token's
// digest is remembered for the few tokens in use (hashing cost more than the lookup). A revoke, an expiry or inbound
// provisioning turned off applies at once, whichever process answers: the row is read on every request, except in a
// read (a GET) on SQLite, where the rows last found for the token are used again while the database is provably
// unchanged since they were read on that connection. That is the state check below: `data_version` moves when another
// connection (another process) commits, `total_changes()` when this connection writes anything, so one statement of
// ~2 µs stands in for the token's lookup (~10 µs, a fifth of a lookup's SQL).
// API: authenticateBearer(authorization, now?, reads?) → BearerIdentity | null; `reads`: the caller's read (sqlRead),
// in which the row is read (lastUsedAt is then written once that read is over, not awaited).
import { asBool, asDate, sqlSession, type SqlSession } from "@/lib/db/sql-session";
import { logger } from "@/lib/log/logger";
import { hashToken } from "./token-hash";
import { ACCESS_TOKEN_PREFIX, SCIM_TOKEN_PREFIX } from "./token-prefix";

export type BearerIdentity = {
  orgId: string;
  kind: "secret-token" | "oauth";
  credentialId: string;
  name: string;
  inboundEnabled: boolean;
};

// lastUsedAt is written at most once a minute per token, to keep hot paths free of writes.
const LAST_USED_RESOLUTION_MS = 60_000;

type Row = {
  kind: "secret-token" | "oauth";
  id: string;
  orgId: string;
  name: string;
  expiresAt: unknown;
  revokedAt: unknown;
  lastUsedAt: unknown;
  inboundEnabled: unknown;
};

// The hash is unique in each table; an OAuth token is named after its client, as in the request log. A token's prefix
// names its table (SCIM_TOKEN_PREFIX, ACCESS_TOKEN_PREFIX), so one of the two lookups runs.
const SECRET_TOKEN = `
  SELECT 'secret-token' AS "kind", t."id", t."orgId", t."name", t."expiresAt", t."revokedAt", t."lastUsedAt", o."inboundEnabled"
    FROM "ScimToken" t JOIN "Organization" o ON o."id" = t."orgId" WHERE t."tokenHash" = ?`;
const OAUTH_TOKEN = `
  SELECT 'oauth' AS "kind", a."id", a."orgId", 'OAuth (' || a."clientId" || ')' AS "name", a."expiresAt", a."revokedAt", a."lastUsedAt", o."inboundEnabled"
    FROM "OAuthToken" a JOIN "Organization" o ON o."id" = a."orgId" WHERE a."accessTokenHash" = ?`;

/** The statement that finds a presented token: by its prefix, or in both tables when it has neither. */
function lookup(token: string): string | null {
  if (token.startsWith(SCIM_TOKEN_PREFIX)) return SECRET_TOKEN;
  if (token.startsWith(ACCESS_TOKEN_PREFIX)) return OAUTH_TOKEN;
  return null;
}
const EITHER = `${SECRET_TOKEN}\n  UNION ALL${OAUTH_TOKEN}`;

// A few identity providers per instance present a handful of tokens; anything beyond is hashed as it comes.
const DIGESTS_KEPT = 64;
const digests = new Map<string, string>();

function tokenDigest(token: string): string {
  let digest = digests.get(token);
  if (digest === undefined) {
    digest = hashToken(token);
    if (digests.size >= DIGESTS_KEPT) digests.clear();
    digests.set(token, digest);
  }
  return digest;
}

/** SQLite: per connection, the rows found for a digest and the state they were read at (see above). */
const found = new WeakMap<object, Map<string, { state: string; rows: Row[] }>>();
const STATE = `SELECT (SELECT "data_version" FROM pragma_data_version) || ':' || total_changes() AS "state"`;

/** The token's rows: in a read on SQLite those found last time while the database is unchanged, else read now. */
async function tokenRows(token: string, digest: string, reads: SqlSession | undefined): Promise<Row[]> {
  const one = lookup(token);
  const read = (db: SqlSession) => db.all<Row>(one ?? EITHER, one ? [digest] : [digest, digest]);
  const connection = reads?.connection;
  if (!connection) return read(reads ?? sqlSession());
  const { state } = (await reads.get<{ state: string }>(STATE))!;
  let kept = found.get(connection);
  if (!kept) found.set(connection, (kept = new Map()));
  const last = kept.get(digest);
  if (last?.state === state) return last.rows;
  const rows = await read(reads);
  if (kept.size >= DIGESTS_KEPT) kept.clear();
  kept.set(digest, { state, rows });
  return rows;
}

async function touch(kind: Row["kind"], id: string, now: Date): Promise<void> {
  const table = kind === "secret-token" ? "ScimToken" : "OAuthToken";
  await sqlSession().run(`UPDATE "${table}" SET "lastUsedAt" = ? WHERE "id" = ?`, [now, id]);
}

export async function authenticateBearer(
  authorization: string | null | undefined,
  now = new Date(),
  reads?: SqlSession,
): Promise<BearerIdentity | null> {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization ?? "");
  if (!match) return null;
  const token = match[1]!;
  const rows = await tokenRows(token, tokenDigest(token), reads);
  const row = rows.find((r) => r.kind === "secret-token") ?? rows[0];
  if (!row || row.revokedAt !== null) return null;
  // A secret token may have no expiry; an OAuth access token always has one.
  if (row.expiresAt !== null ? asDate(row.expiresAt) <= now : row.kind === "oauth") return null;
  if (row.lastUsedAt === null || now.getTime() - asDate(row.lastUsedAt).getTime() > LAST_USED_RESOLUTION_MS) {
    // Inside the caller's read the write would wait for the turn that read holds: it follows the read instead.
    if (reads)
      void touch(row.kind, row.id, now).catch((error) =>
        logger.error({ err: error, component: "scim" }, "Could not record when a SCIM credential was last used"),
      );
    else await touch(row.kind, row.id, now);
  }
  return {
    orgId: row.orgId,
    kind: row.kind,
    credentialId: row.id,
    name: row.name,
    inboundEnabled: asBool(row.inboundEnabled),
  };
}
