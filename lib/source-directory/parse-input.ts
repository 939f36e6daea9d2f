// zod parsing for source-directory writes: AppError with field errors on bad input.
import type { z } from "zod";
import { AppError } from "@/lib/errors/app-error";
import { zodFieldErrors } from "@/lib/errors/zod-field-errors";

export function parseInput<T extends z.ZodType>(schema: T, input: unknown): z.infer<T> {
  const parsed = schema.safeParse(input);
  if (!parsed.success) {
    const fieldErrors = zodFieldErrors(parsed.error);
    throw new AppError("invalid_input", Object.values(fieldErrors).flat().join(" "), fieldErrors);
  }
  return parsed.data;
}
