// Flattens a zod error into { field: [messages] } for forms and CLI output.
import type { z } from "zod";

export type FieldErrorKeys = {
  /** Issues inside a list or object field (redirectUris.0) count as that field's own (redirectUris). */
  byTopField?: boolean;
  /** Where issues on the input as a whole go ("_" unless the form names its one field). */
  rootField?: string;
};

export function zodFieldErrors(
  error: z.ZodError,
  { byTopField = false, rootField = "_" }: FieldErrorKeys = {},
): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const path = byTopField ? issue.path.slice(0, 1) : issue.path;
    const key = path.length ? path.join(".") : rootField;
    (out[key] ??= []).push(issue.message);
  }
  return out;
}
