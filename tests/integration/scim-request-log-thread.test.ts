// The inbound request log's own thread (lib/logs/write-scim-request-log.ts): every request is stored exactly once,
// the rows in flight stay bounded (new requests wait for room), a thread that dies is replaced with the batches
// it had not stored, and one that keeps dying is given up for the main thread, still losing nothing.
import { beforeAll, describe, expect, it, vi } from "vitest";
import { getDirectDatabase, requestLogDb } from "@/lib/db/client";
import { dialect } from "@/lib/db/sql";
import { logger } from "@/lib/log/logger";
import {
  MAX_IN_FLIGHT,
  scimRequestLogInFlight,
  scimRequestLogRoom,
  scimRequestLogThread,
  startScimRequestLog,
  writeScimRequestLog,
  type ScimRequestToLog,
} from "@/lib/logs/write-scim-request-log";
import { createScimOrg, type ScimOrg } from "./support/scim";
import { unique } from "./support/cli";

let org: ScimOrg;
beforeAll(async () => {
  org = await createScimOrg({ tokenName: "log thread test" });
});

function request(requestId: string, body?: string): ScimRequestToLog {
  return {
    orgId: org.orgId,
    method: "POST",
    path: "/scim/v2/Users",
    query: new URLSearchParams("attributes=id"),
    status: 201,
    durationMs: 1,
    tokenName: "log thread test",
    clientIp: null,
    userAgent: "thread-test",
    action: "Create User",
    resourceType: "User",
    resourceId: null,
    resourceName: null,
    requestId,
    requestBody: body ?? JSON.stringify({ userName: `${requestId}@example.com`, password: "p4ss" }),
    requestBodyTooLarge: false,
    responseBody: undefined,
  };
}

const sqlite = dialect() === "sqlite";

/** The main connection's wal_autocheckpoint (SQLite), null on PostgreSQL. */
async function autocheckpointPages(): Promise<number | null> {
  const db = await getDirectDatabase();
  return db.provider === "sqlite" ? Number(db.connection.db.pragma("wal_autocheckpoint", { simple: true })) : null;
}

const countRows = (prefix: string) =>
  requestLogDb.scimRequestLog.count({ where: { requestId: { startsWith: prefix } } });

describe("request log thread", () => {
  it("stores each of many concurrent requests exactly once, redacted, on another thread", async () => {
    const prefix = unique("burst");
    await Promise.all(Array.from({ length: 300 }, (_, i) => writeScimRequestLog(request(`${prefix}-${i}`))));
    expect(await countRows(prefix)).toBe(300);
    expect(scimRequestLogThread()).not.toBeNull();
    const row = await requestLogDb.scimRequestLog.findFirst({ where: { requestId: `${prefix}-7` } });
    expect(JSON.parse(row!.requestBody!)).toEqual({ userName: `${prefix}-7@example.com`, password: "[REDACTED]" });
    expect(scimRequestLogInFlight()).toBe(0);
  });

  it("makes new requests wait while the rows in flight are at their bound, and lets them go once stored", async () => {
    const prefix = unique("bound");
    const writes = Array.from({ length: MAX_IN_FLIGHT }, (_, i) => writeScimRequestLog(request(`${prefix}-${i}`, "")));
    const room = scimRequestLogRoom();
    expect(room).toBeInstanceOf(Promise);
    await room;
    expect(scimRequestLogInFlight()).toBeLessThan(MAX_IN_FLIGHT);
    await Promise.all(writes);
    expect(scimRequestLogRoom()).toBeNull();
    expect(await countRows(prefix)).toBe(MAX_IN_FLIGHT);
  });

  it("hands the batches a dead thread had not stored to a new thread: nothing lost, nothing twice", async () => {
    await writeScimRequestLog(request(unique("warm")));
    const first = scimRequestLogThread()!;
    const prefix = unique("dead");
    const total = 3_000;
    const writes = Array.from({ length: total }, (_, i) => writeScimRequestLog(request(`${prefix}-${i}`)));
    // Killed once it has stored its first batch and while it still has more to store.
    while (scimRequestLogInFlight() === total) await new Promise((r) => setTimeout(r, 1));
    expect(scimRequestLogInFlight()).toBeGreaterThan(0);
    await first.terminate();
    await Promise.all(writes);
    expect(scimRequestLogThread()).not.toBe(first);
    expect(await countRows(prefix)).toBe(total);
    const hour = await requestLogDb.scimRequestHourlyCount.aggregate({
      where: { orgId: org.orgId },
      _sum: { requests: true },
    });
    expect(hour._sum.requests).toBe(await requestLogDb.scimRequestLog.count({ where: { orgId: org.orgId } }));
  });

  // Last: the log stays on the main thread for the rest of this file.
  it("gives up a thread that dies at every start: the main thread stores what it had not, once, and says so once", async () => {
    await writeScimRequestLog(request(unique("warm")));
    // The running thread has this process's WAL checkpoints (SQLite): given up, the main connection takes them back.
    startScimRequestLog();
    expect(await autocheckpointPages()).toBe(sqlite ? 0 : null);
    const running = scimRequestLogThread()!;
    const prefix = unique("broken");
    const total = 3_000;
    const errors = vi.spyOn(logger, "error");
    // A thread started from now on cannot load its modules (pino refuses the level), as a broken install could not:
    // it dies at every start. The running thread and this one read LOG_LEVEL once, when they loaded.
    const level = process.env.LOG_LEVEL;
    process.env.LOG_LEVEL = "not-a-level";
    try {
      const writes = Array.from({ length: total }, (_, i) => writeScimRequestLog(request(`${prefix}-${i}`)));
      while (scimRequestLogInFlight() === total) await new Promise((r) => setTimeout(r, 1));
      expect(scimRequestLogInFlight()).toBeGreaterThan(0);
      await running.terminate();
      await Promise.all(writes);
    } finally {
      if (level === undefined) delete process.env.LOG_LEVEL;
      else process.env.LOG_LEVEL = level;
    }
    expect(scimRequestLogThread()).toBeNull();
    expect(await countRows(prefix)).toBe(total);
    const hour = await requestLogDb.scimRequestHourlyCount.aggregate({
      where: { orgId: org.orgId },
      _sum: { requests: true },
    });
    expect(hour._sum.requests).toBe(await requestLogDb.scimRequestLog.count({ where: { orgId: org.orgId } }));
    const gaveUp = errors.mock.calls.filter(([, message]) => String(message).includes("main thread"));
    expect(gaveUp).toHaveLength(1);
    expect(String(gaveUp[0]![1])).toMatch(/died \d+ times within 60 s; it is not started again/);
    expect(await autocheckpointPages()).toBe(sqlite ? 1000 : null);

    // Later requests are stored here too, without another thread.
    const later = unique("later");
    await writeScimRequestLog(request(later));
    expect(scimRequestLogThread()).toBeNull();
    expect(await countRows(later)).toBe(1);
    errors.mockRestore();
  });
});
