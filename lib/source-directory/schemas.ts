// What a source user and a source group are made of (PRODUCT.md §5), validated the same way for console forms,
// CSV import and the CLI.
import { z } from "zod";

const text = (max = 256) =>
  z
    .string()
    .trim()
    .max(max, { message: `At most ${max} characters.` })
    .nullish()
    .transform((v) => (v ? v : null));

const GUID = /^[0-9a-f]{8}-(?:[0-9a-f]{4}-){3}[0-9a-f]{12}$/i;
const objectIdField = z.preprocess(
  (v) => (typeof v === "string" && v.trim() === "" ? null : typeof v === "string" ? v.trim().toLowerCase() : v),
  z
    .string()
    .regex(GUID, { message: "objectId must be a GUID (or left empty to generate one)." })
    .nullish()
    .transform((v) => v ?? null),
);

export const UPN_PATTERN =
  /^[^@\s"(),:;<>[\\\]]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+$/;

export const ZSourceUser = z.object({
  objectId: objectIdField,
  userPrincipalName: z
    .string()
    .trim()
    .min(1, { message: "userPrincipalName is required." })
    .max(256)
    .regex(UPN_PATTERN, { message: "userPrincipalName must look like name@domain.com." }),
  displayName: z.string().trim().min(1, { message: "displayName is required." }).max(256),
  givenName: text(),
  surname: text(),
  mail: text().refine((v) => v === null || z.email().safeParse(v).success, {
    message: "mail must be an email address.",
  }),
  mailNickname: text(64),
  department: text(),
  jobTitle: text(),
  employeeId: text(64),
  costCenter: text(64),
  division: text(),
  companyName: text(),
  officeLocation: text(),
  accountEnabled: z.boolean().default(true),
});
export type TSourceUser = z.infer<typeof ZSourceUser>;
export type TSourceUserInput = z.input<typeof ZSourceUser>;

export const ZSourceGroup = z.object({
  objectId: objectIdField,
  displayName: z.string().trim().min(1, { message: "displayName is required." }).max(256),
  description: text(1024),
  mailNickname: text(64),
});
export type TSourceGroupInput = z.input<typeof ZSourceGroup>;

/** "true", "yes", "1", "enabled" (any case) → true; "false", "no", "0", "disabled" → false; "" → default. */
export function parseBooleanText(value: string): boolean | null | undefined {
  const v = value.trim().toLowerCase();
  if (v === "") return undefined;
  if (["true", "yes", "1", "enabled", "y"].includes(v)) return true;
  if (["false", "no", "0", "disabled", "n"].includes(v)) return false;
  return null;
}

/** The user fields stored on SourceUser (everything but objectId). */
export const USER_FIELDS = [
  "userPrincipalName",
  "displayName",
  "givenName",
  "surname",
  "mail",
  "mailNickname",
  "department",
  "jobTitle",
  "employeeId",
  "costCenter",
  "division",
  "companyName",
  "officeLocation",
  "accountEnabled",
] as const;
