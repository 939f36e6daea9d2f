import { describe, expect, it } from "vitest";
import { webConcurrency } from "./web-concurrency";

const PG = "postgres://u:p@127.0.0.1:5432/db";

describe("webConcurrency", () => {
  it.each([
    [{}, 1],
    [{ WEB_CONCURRENCY: "" }, 1],
    [{ WEB_CONCURRENCY: "1" }, 1],
    [{ WEB_CONCURRENCY: "1", DATABASE_URL: "file:./data/x.db" }, 1],
    [{ WEB_CONCURRENCY: "4", DATABASE_URL: PG }, 4],
    [{ WEB_CONCURRENCY: " 2 ", DATABASE_URL: "postgresql://u@h/db" }, 2],
  ])("%j → %i workers", (env, workers) => {
    expect(webConcurrency(env)).toBe(workers);
  });

  it.each(["0", "-2", "1.5", "two", "65"])("refuses WEB_CONCURRENCY=%s", (value) => {
    expect(() => webConcurrency({ WEB_CONCURRENCY: value, DATABASE_URL: PG })).toThrow(
      `WEB_CONCURRENCY must be a whole number of worker processes from 1 to 64; got "${value}".`,
    );
  });

  it.each([{ DATABASE_URL: "file:./data/org-center.db" }, {}])("refuses several workers on SQLite (%j)", (env) => {
    expect(() => webConcurrency({ ...env, WEB_CONCURRENCY: "2" })).toThrow(/WEB_CONCURRENCY=2 needs PostgreSQL/);
  });
});
