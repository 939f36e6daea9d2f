// The one translation of a zod failure at a boundary: parseInput(schema, input) returns the parsed value or throws
// AppError("invalid_input", message, fieldErrors) for each surface to translate (form, SCIM, CLI).
import type { z } from "zod";
import { AppError } from "./app-error";
import { zodFieldErrors, type FieldErrorKeys } from "./zod-field-errors";

export type ParseInputOptions = FieldErrorKeys & {
  /** The error's message; the field messages joined when not given. */
  message?: string;
};

export function parseInput<T extends z.ZodType>(
  schema: T,
  input: unknown,
  { message, ...keys }: ParseInputOptions = {},
): z.infer<T> {
  const parsed = schema.safeParse(input);
  if (!parsed.success) {
    const fieldErrors = zodFieldErrors(parsed.error, keys);
    throw new AppError("invalid_input", message ?? Object.values(fieldErrors).flat().join(" "), fieldErrors);
  }
  return parsed.data;
}
