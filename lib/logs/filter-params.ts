// Reading filter values from URL search params (pages, route handlers) or CLI options, leniently or strictly.
import { z } from "zod";
import { AppError } from "@/lib/errors/app-error";
import { zodFieldErrors } from "@/lib/errors/zod-field-errors";
import { DEFAULT_RANGE, type DateRange } from "./date-range";

export type RawParams = Record<string, string | string[] | undefined> | URLSearchParams;

export function readParam(params: RawParams, name: string): string | undefined {
  const value = params instanceof URLSearchParams ? (params.get(name) ?? undefined) : params[name];
  const one = Array.isArray(value) ? value[0] : value;
  return one === undefined || one.trim() === "" ? undefined : one;
}

/** A comma-separated list of allowed values ("Failure,Warning"), matched case-insensitively. */
export function ZList<T extends string>(allowed: readonly T[]) {
  return z
    .string()
    .transform((s) =>
      s
        .split(",")
        .map((v) => v.trim())
        .filter(Boolean),
    )
    .pipe(
      z.array(
        z.string().transform((v, ctx) => {
          const hit = allowed.find((a) => a.toLowerCase() === v.toLowerCase());
          if (!hit) ctx.addIssue({ code: "custom", message: `"${v}" is not one of ${allowed.join(", ")}.` });
          return hit ?? allowed[0]!;
        }),
      ),
    )
    .transform((list) => [...new Set(list)]);
}

/** A short opaque id (cycle, change, app, request): no spaces, no more than 128 characters. */
export const ZId = z
  .string()
  .trim()
  .regex(/^[^\s,]{1,128}$/, "Not a valid id.");
export const ZIdList = z
  .string()
  .transform((s) =>
    s
      .split(",")
      .map((v) => v.trim())
      .filter(Boolean),
  )
  .pipe(z.array(ZId).min(1).max(20));

export const ZSearch = z.string().trim().max(200, "Search for 200 characters at most.");

/**
 * Parses each field on its own. Lenient (pages): a bad value falls back to the default, so an edited URL still
 * renders. Strict (exports, CLI): any bad value is an invalid_input AppError naming the field.
 */
export function parseFields<S extends Record<string, z.ZodType>>(
  params: RawParams,
  schemas: S,
  defaults: { [K in keyof S]: z.infer<S[K]> | undefined },
  strict: boolean,
): { [K in keyof S]: z.infer<S[K]> | undefined } {
  const out = {} as { [K in keyof S]: z.infer<S[K]> | undefined };
  const errors: Record<string, string[]> = {};
  for (const key of Object.keys(schemas) as (keyof S & string)[]) {
    const raw = readParam(params, key);
    if (raw === undefined) {
      out[key] = defaults[key];
      continue;
    }
    const parsed = schemas[key]!.safeParse(raw);
    if (parsed.success) out[key] = parsed.data as z.infer<S[typeof key]>;
    else {
      out[key] = defaults[key];
      Object.assign(errors, { [key]: Object.values(zodFieldErrors(parsed.error)).flat() });
    }
  }
  if (strict && Object.keys(errors).length)
    throw new AppError(
      "invalid_input",
      `Invalid filter: ${Object.entries(errors)
        .map(([k, m]) => `${k}: ${m.join(" ")}`)
        .join("; ")}`,
      errors,
    );
  return out;
}

/** What both logs filter on, in their URL form: search, date window, status and the date sort. */
type SharedLogFilters = {
  q: string;
  range: DateRange;
  from?: string;
  to?: string;
  status: readonly string[];
  sort: "asc" | "desc";
};

/**
 * A log's filters as URL search params, defaults left out (so URLs stay short and saved views compare equal):
 * the shared ones, then the log's own (`own`), then the sort.
 */
export function logQuery(f: SharedLogFilters, own: (out: URLSearchParams) => void): URLSearchParams {
  const out = new URLSearchParams();
  if (f.q) out.set("q", f.q);
  if (f.range !== DEFAULT_RANGE) out.set("range", f.range);
  if (f.from) out.set("from", f.from);
  if (f.to) out.set("to", f.to);
  if (f.status.length) out.set("status", f.status.join(","));
  own(out);
  if (f.sort !== "desc") out.set("sort", `at:${f.sort}`);
  return out;
}
