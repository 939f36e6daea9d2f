// The console's translator: AppError → form message and field errors; anything else is logged and answered generically.
import { isAppError } from "./app-error";
import { logger } from "@/lib/log/logger";

export type FormState = {
  ok?: boolean;
  message?: string;
  fieldErrors?: Record<string, string[]>;
  // What the user typed (never passwords), so a failed submit loses nothing.
  values?: Record<string, string>;
};

export function toFormState(error: unknown, values?: Record<string, string>): FormState {
  if (isAppError(error)) return { ok: false, message: error.message, fieldErrors: error.fieldErrors, values };
  logger.error({ err: error, component: "console" }, "Unexpected error in a console action");
  return {
    ok: false,
    message: "Something went wrong on our side. Try again; if it keeps failing, check the server log.",
    values,
  };
}
