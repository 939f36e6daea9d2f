// Helpers for the SCIM core's unit tests. API: scimErrorOf(fn) → the ScimError fn throws (fails the test otherwise).
import { ScimError } from "./errors";

export function scimErrorOf(fn: () => unknown): ScimError {
  try {
    fn();
  } catch (error) {
    if (error instanceof ScimError) return error;
    throw error;
  }
  throw new Error("expected a ScimError");
}
