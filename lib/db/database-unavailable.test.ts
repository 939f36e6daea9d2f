import { describe, expect, it } from "vitest";
import { isDatabaseUnavailable } from "./database-unavailable";

describe("isDatabaseUnavailable", () => {
  it.each([
    ["better-sqlite3 disk full", Object.assign(new Error("database or disk is full"), { code: "SQLITE_FULL" })],
    [
      "Prisma over SQLite, disk full",
      {
        code: "P2039",
        meta: {
          driverAdapterError: { name: "DriverAdapterError", cause: { originalCode: "SQLITE_FULL", kind: "sqlite" } },
        },
      },
    ],
    ["SQLite I/O error", { code: "SQLITE_IOERR_WRITE" }],
    [
      "pg: administrator shutdown",
      Object.assign(new Error("terminating connection due to administrator command"), { code: "57P01" }),
    ],
    ["pg: starting up", { code: "57P03", message: "the database system is starting up" }],
    [
      "pg: connection refused",
      Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:5432"), { code: "ECONNREFUSED" }),
    ],
    ["pg: connection cut", new Error("Connection terminated unexpectedly")],
    ["Prisma: can't reach the server", { code: "P1001" }],
    ["wrapped in a cause", new Error("query failed", { cause: { code: "ECONNRESET" } })],
  ])("%s", (_name, error) => {
    expect(isDatabaseUnavailable(error)).toBe(true);
  });

  it.each([
    ["a unique violation", { code: "P2002" }],
    ["a SQLite constraint", { code: "SQLITE_CONSTRAINT_UNIQUE" }],
    ["a syntax error", { code: "42601", message: "syntax error at or near" }],
    ["a plain bug", new TypeError("x is undefined")],
    ["nothing", null],
  ])("not %s", (_name, error) => {
    expect(isDatabaseUnavailable(error)).toBe(false);
  });
});
