// The inbound request log's own SQLite file (lib/db/request-log-file.ts): rows are stored there and never in the
// database file; rows an older version left in the database (or a restored backup holds) move there with their hourly
// counts added up, once; columns and indexes a later migration adds to the database's tables are added there too; a
// backup carries them. Runs on SQLite files of its own, whichever database the suite targets.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { disconnectPrisma, getDirectDatabase, getRequestLogClient, requestLogDb } from "@/lib/db/client";
import { copyRequestLogInto, prepareRequestLogFile, requestLogPath } from "@/lib/db/request-log-file";
import { handCheckpointsOff, takeCheckpointsBack } from "@/lib/db/wal-checkpoints";
import { storeScimRequests, type ScimRequestToStore } from "@/lib/logs/store-scim-request-log";
import { privateDatabase, removePrivateData } from "./support/app-process";

const savedDatabaseUrl = process.env.DATABASE_URL;
let database: string;
beforeAll(async () => {
  await disconnectPrisma();
  process.env.DATABASE_URL = await privateDatabase("request-log-file", "sqlite");
  database = process.env.DATABASE_URL.slice("file:".length);
});
afterAll(async () => {
  await disconnectPrisma();
  process.env.DATABASE_URL = savedDatabaseUrl;
  await removePrivateData();
});

const HOUR = "2026-12-07T09";
const at = `${HOUR}:15:00.000+00:00`;

function request(id: string, status = 200): ScimRequestToStore {
  return {
    id,
    orgId: "org-1",
    at: new Date(`${HOUR}:30:00.000Z`),
    method: "GET",
    path: "/scim/v2/Users",
    query: "",
    status,
    durationMs: 3,
    tokenName: "Entra",
    clientIp: "127.0.0.1",
    userAgent: null,
    action: "lookup",
    resourceType: "User",
    resourceId: null,
    resourceName: null,
    requestId: id,
    requestBody: undefined,
    requestBodyTooLarge: false,
    responseBody: undefined,
  };
}

/** count(*) of `table` in a file, read with a connection of its own. */
function count(file: string, table: string, where = "true"): number {
  const db = new Database(file, { readonly: true });
  try {
    return (db.prepare(`SELECT count(*) AS n FROM "${table}" WHERE ${where}`).get() as { n: number }).n;
  } finally {
    db.close();
  }
}

function hourlyCount(file: string): { requests: number; errors: number } | undefined {
  const db = new Database(file, { readonly: true });
  try {
    return db
      .prepare(`SELECT "requests", "errors" FROM "ScimRequestHourlyCount" WHERE "orgId" = 'org-1' AND "hour" = ?`)
      .get(HOUR) as { requests: number; errors: number } | undefined;
  } finally {
    db.close();
  }
}

describe("the request log's own SQLite file", () => {
  it("stores requests beside the database, in <name>.scim-log.db, and none in the database file", async () => {
    expect(await storeScimRequests([request("stored-1"), request("stored-2", 409)])).toBe(2);
    const log = requestLogPath(database);
    expect(log).toBe(database.replace(/\.db$/, ".scim-log.db"));
    expect(count(log, "ScimRequestLog", `"id" LIKE 'stored-%'`)).toBe(2);
    expect(count(database, "ScimRequestLog")).toBe(0);
    expect(hourlyCount(log)).toEqual({ requests: 2, errors: 1 });
    expect(await requestLogDb.scimRequestLog.count({ where: { id: { startsWith: "stored-" } } })).toBe(2);
    // Its connection keeps a small page cache and maps none of the file: the log's pages stay out of the process's
    // memory (the 100,000-user cycle peaked at 844 MB of RSS with a 256 MiB map, 584 MB without).
    const direct = await getDirectDatabase(getRequestLogClient());
    if (direct.provider !== "sqlite") throw new Error("SQLite");
    expect(Number(direct.connection.db.pragma("mmap_size", { simple: true }))).toBe(0);
    expect(Number(direct.connection.db.pragma("cache_size", { simple: true }))).toBe(-16 * 1024);
    // Handing the checkpoints off (and back) reaches its open connection too (wal-checkpoints.ts).
    const autocheckpoint = () => Number(direct.connection.db.pragma("wal_autocheckpoint", { simple: true }));
    handCheckpointsOff();
    expect(autocheckpoint()).toBe(0);
    takeCheckpointsBack();
    // Its commits checkpoint at 10,000 WAL pages, not SQLite's 1,000 (client.ts): pages are copied to the file once.
    expect(autocheckpoint()).toBe(10_000);
  });

  it("moves rows left in the database into the log file, adding up the hour's counts, once", async () => {
    await disconnectPrisma();
    const main = new Database(database);
    const insert = main.prepare(
      `INSERT INTO "ScimRequestLog" ("id", "orgId", "at", "method", "path", "status", "durationMs") VALUES (?, 'org-1', ?, 'POST', '/scim/v2/Users', ?, 4)`,
    );
    insert.run("old-1", at, 201);
    insert.run("old-2", at, 500);
    // A row the log file holds already (a move that crashed half way) is kept as it is.
    insert.run("stored-1", at, 201);
    main
      .prepare(`INSERT INTO "ScimRequestHourlyCount" ("orgId", "hour", "requests", "errors") VALUES ('org-1', ?, 3, 1)`)
      .run(HOUR);
    main.close();

    prepareRequestLogFile(database);
    const log = requestLogPath(database);
    expect(count(database, "ScimRequestLog")).toBe(0);
    expect(count(database, "ScimRequestHourlyCount")).toBe(0);
    expect(count(log, "ScimRequestLog", `"id" IN ('old-1', 'old-2')`)).toBe(2);
    expect(count(log, "ScimRequestLog", `"id" = 'stored-1' AND "method" = 'GET'`)).toBe(1);
    expect(hourlyCount(log)).toEqual({ requests: 5, errors: 2 });

    prepareRequestLogFile(database);
    expect(count(log, "ScimRequestLog", `"id" LIKE 'old-%' OR "id" LIKE 'stored-%'`)).toBe(4);
    expect(hourlyCount(log)).toEqual({ requests: 5, errors: 2 });
  });

  it("adds the columns and indexes a later migration gives the database's tables", async () => {
    await disconnectPrisma();
    const main = new Database(database);
    main.exec(`ALTER TABLE "ScimRequestLog" ADD COLUMN "region" TEXT NOT NULL DEFAULT 'eu'`);
    main.exec(`CREATE INDEX "ScimRequestLog_region_idx" ON "ScimRequestLog"("region")`);
    main.close();

    prepareRequestLogFile(database);
    const log = new Database(requestLogPath(database), { readonly: true });
    const columns = (log.pragma(`table_info("ScimRequestLog")`) as { name: string; dflt_value: string }[]).find(
      (c) => c.name === "region",
    );
    const index = log.prepare(`SELECT 1 FROM sqlite_schema WHERE "name" = 'ScimRequestLog_region_idx'`).get();
    const old = log.prepare(`SELECT "region" FROM "ScimRequestLog" WHERE "id" = 'old-1'`).get();
    log.close();
    expect(columns?.dflt_value).toBe("'eu'");
    expect(index).toBeTruthy();
    expect(old).toEqual({ region: "eu" });
  });

  it("copies the log into a backup of the database, whose tables carry it until it is opened again", async () => {
    await disconnectPrisma();
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "org-center-log-backup-"));
    try {
      const backup = path.join(dir, "backup.db");
      const main = new Database(database, { readonly: true });
      await main.backup(backup);
      main.close();
      copyRequestLogInto(backup, database);
      const inLog = count(requestLogPath(database), "ScimRequestLog");
      expect(inLog).toBeGreaterThanOrEqual(4);
      expect(count(backup, "ScimRequestLog")).toBe(inLog);
      expect(hourlyCount(backup)).toEqual({ requests: 5, errors: 2 });

      // Opened as a database, the backup's rows move into a log file of its own.
      prepareRequestLogFile(backup);
      expect(count(backup, "ScimRequestLog")).toBe(0);
      expect(count(requestLogPath(backup), "ScimRequestLog")).toBe(inLog);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
