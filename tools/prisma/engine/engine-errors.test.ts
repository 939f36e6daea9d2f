import { describe, expect, it } from "vitest";
import { toUserFacingError } from "./engine-errors.js";

describe("toUserFacingError", () => {
  it("keeps Prisma error codes, which the CLI prints and branches on", () => {
    const error = Object.assign(new Error("The underlying table for model `_prisma_migrations` does not exist."), {
      code: "P1014",
    });
    expect(toUserFacingError(error)).toEqual({
      is_panic: false,
      error_code: "P1014",
      message: "The underlying table for model `_prisma_migrations` does not exist.",
      meta: {},
    });
  });

  it("moves the engine's span trace out of the message", () => {
    const error = Object.assign(
      new Error("table a already exists\n   0: sql_schema_connector::apply_migration::apply_script\n  at x.rs:1"),
      {
        name: "SchemaConnectorError",
      },
    );
    expect(toUserFacingError(error)).toEqual({
      is_panic: false,
      message: "table a already exists",
      backtrace: "   0: sql_schema_connector::apply_migration::apply_script\n  at x.rs:1",
    });
  });

  it("reports a wasm trap as a panic", () => {
    expect(toUserFacingError(new WebAssembly.RuntimeError("unreachable"))).toMatchObject({
      is_panic: true,
      message: "unreachable",
    });
  });

  it("uses the database's own message for driver adapter errors", () => {
    const error = Object.assign(new Error("adapter"), {
      name: "DriverAdapterError",
      cause: { kind: "postgres", code: "42P07", originalMessage: 'relation "a" already exists' },
    });
    expect(toUserFacingError(error)).toMatchObject({ is_panic: false, message: 'relation "a" already exists' });
  });

  it("looks up errors the adapter registered by id", () => {
    const registry = { consumeError: (id: number) => (id === 3 ? { error: new Error("pool exhausted") } : undefined) };
    expect(toUserFacingError({ id: 3 }, registry)).toMatchObject({ message: "pool exhausted" });
  });
});
