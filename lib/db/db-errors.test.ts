import { describe, expect, it } from "vitest";
import { isDatabaseBusy } from "./db-errors";

describe("isDatabaseBusy", () => {
  it("takes SQLite's busy code and every extended kind of it, and Prisma's timeouts", () => {
    for (const code of [
      "SQLITE_BUSY",
      "SQLITE_BUSY_SNAPSHOT",
      "SQLITE_BUSY_RECOVERY",
      "SQLITE_BUSY_TIMEOUT",
      "P2028",
      "P1008",
      "P2024",
    ])
      expect(isDatabaseBusy({ code }), code).toBe(true);
  });

  it("refuses other errors", () => {
    for (const error of [
      { code: "SQLITE_FULL" },
      { code: "SQLITE_LOCKED" },
      { code: 5 },
      new Error("x"),
      null,
      undefined,
    ])
      expect(isDatabaseBusy(error)).toBe(false);
  });
});
