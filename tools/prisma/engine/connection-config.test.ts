import path from "node:path";
import { describe, expect, it } from "vitest";
import {
  detectProvider,
  normalizeDatabaseUrl,
  pgConnectionConfig,
  redactUrl,
  sqliteFilePath,
} from "./connection-config.js";

const root = "/srv/org-center";

describe("detectProvider", () => {
  it.each([
    ["file:./data/org-center.db", "sqlite"],
    ["file:/var/lib/org-center.db", "sqlite"],
    ["postgres://u:p@db:5432/app", "postgresql"],
    ["postgresql://u:p@db/app?schema=tenant", "postgresql"],
  ] as const)("%s is %s", (url, provider) => {
    expect(detectProvider(url)).toBe(provider);
  });

  it("rejects other databases without echoing the password", () => {
    expect(() => detectProvider("mysql://root:hunter2@db/app")).toThrow(
      /Unsupported database URL "mysql:\/\/root:\*\*\*\*@db\/app"/,
    );
  });
});

describe("normalizeDatabaseUrl", () => {
  it.each([
    [undefined, `file:${root}/data/org-center.db`],
    ["", `file:${root}/data/org-center.db`],
    ["file:./data/test.db", `file:${root}/data/test.db`],
    ["file:data/test.db?connection_limit=1", `file:${root}/data/test.db`],
    ["file:/tmp/x.db", "file:/tmp/x.db"],
    ["file:///tmp/x.db", "file:/tmp/x.db"],
    ["file::memory:", "file::memory:"],
  ])("%s -> %s", (url, expected) => {
    const resolved = normalizeDatabaseUrl(url, root);
    expect(resolved.provider).toBe("sqlite");
    expect(resolved.url).toBe(expected);
  });

  it("gives SQLite's file path", () => {
    expect(normalizeDatabaseUrl("file:./data/a.db", root).sqlitePath).toBe(path.join(root, "data", "a.db"));
    expect(sqliteFilePath("file:db%20file.db", root)).toBe(path.join(root, "db file.db"));
  });

  it("keeps PostgreSQL URLs as given", () => {
    const url = "postgres://u:p@127.0.0.1:5432/app?schema=tenant";
    expect(normalizeDatabaseUrl(url, root)).toEqual({ url, provider: "postgresql" });
  });
});

describe("pgConnectionConfig", () => {
  it("splits the URL into separate fields so a database override is not undone", () => {
    const { pool, schema } = pgConnectionConfig(
      "postgresql://org%40center:s3cr%3At@db.internal:6543/orgcenter?schema=tenant_a&connection_limit=5",
    );
    expect(pool).toMatchObject({
      host: "db.internal",
      port: 6543,
      user: "org@center",
      password: "s3cr:t",
      database: "orgcenter",
      max: 5,
    });
    expect(pool).not.toHaveProperty("connectionString");
    expect(pool).not.toHaveProperty("schema");
    expect(pool).not.toHaveProperty("connection_limit");
    expect(schema).toBe("tenant_a");
  });

  it("passes driver options such as sslmode through", () => {
    const { pool, schema } = pgConnectionConfig("postgres://u:p@db/app?sslmode=no-verify&application_name=org-center");
    expect(pool.ssl).toEqual({ rejectUnauthorized: false });
    expect(pool.application_name).toBe("org-center");
    expect(schema).toBeUndefined();
  });

  it("understands a socket directory in the host parameter", () => {
    const { pool } = pgConnectionConfig("postgres://u@localhost/app?host=/var/run/postgresql");
    expect(pool.host).toBe("/var/run/postgresql");
    expect(pool.database).toBe("app");
  });
});

describe("redactUrl", () => {
  it("masks the password only", () => {
    expect(redactUrl("postgres://u:secret@h:5432/d")).toBe("postgres://u:****@h:5432/d");
    expect(redactUrl("file:./data/x.db")).toBe("file:./data/x.db");
  });
});
