// Fills an organization's inbound SCIM request log with N requests spread over the last `days` days, shaped as an
// identity provider sends them: mostly GET filter lookups, PATCHes and POSTs, ~3% answered 4xx and ~0.5% 5xx.
import crypto from "node:crypto";
import Database from "better-sqlite3";
import { prepareRequestLogFile, requestLogPath } from "@/lib/db/request-log-file";

const sqliteDate = (d: Date) => d.toISOString().replace("Z", "+00:00");

export function loadScimRequests(sqlitePath: string, orgId: string, n: number, days: number): void {
  // Into the request log's own file (lib/db/request-log-file.ts).
  prepareRequestLogFile(sqlitePath);
  const db = new Database(requestLogPath(sqlitePath), { timeout: 10_000 });
  const insert = db.prepare(
    `INSERT INTO "ScimRequestLog" ("id", "orgId", "at", "method", "path", "status", "durationMs", "tokenName", "action", "resourceType", "requestId") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const now = Date.now();
  const span = days * 86_400_000;
  const run = db.transaction((start: number, end: number) => {
    for (let i = start; i < end; i++) {
      const roll = i % 200;
      const status = roll === 0 ? 500 : roll < 7 ? 409 : 200;
      const method = (["GET", "GET", "PATCH", "POST"] as const)[i % 4]!;
      insert.run(
        `req${i.toString(36).padStart(8, "0")}${crypto.randomBytes(3).toString("hex")}`,
        orgId,
        sqliteDate(new Date(now - span + Math.floor((i * span) / n))),
        method,
        method === "GET" ? "/scim/v2/Users" : "/scim/v2/Users/u",
        status,
        5 + (i % 40),
        "Microsoft Entra ID",
        method === "GET" ? "lookup" : "update",
        "User",
        crypto.randomUUID(),
      );
    }
  });
  for (let start = 0; start < n; start += 20_000) run(start, Math.min(n, start + 20_000));
  // The per-hour counts the request log keeps beside its rows (lib/logs/count-scim-requests.ts), for the Overview.
  db.prepare(
    `INSERT INTO "ScimRequestHourlyCount" ("orgId", "hour", "requests", "errors")
    SELECT "orgId", substr("at", 1, 13), count(*), sum(CASE WHEN "status" >= 400 THEN 1 ELSE 0 END) FROM "ScimRequestLog" WHERE "orgId" = ? GROUP BY 1, 2
    ON CONFLICT ("orgId", "hour") DO UPDATE SET "requests" = "ScimRequestHourlyCount"."requests" + excluded."requests", "errors" = "ScimRequestHourlyCount"."errors" + excluded."errors"`,
  ).run(orgId);
  db.close();
}
