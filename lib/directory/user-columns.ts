// The OrgUser columns (prisma/schema.prisma) the directory's SQL reads, writes and filters on, listed once; the other
// lists and types derive from them. API: USER_WRITTEN_COLUMNS, USER_READ_COLUMNS, UserColumns, UserColumnName.
import type { JsonObject } from "@/lib/scim/json";

/** The columns a SCIM write sets, in one fixed order. */
export const USER_WRITTEN_COLUMNS = [
  "userName",
  "userNameLower",
  "externalId",
  "externalIdLower",
  "displayName",
  "displayNameLower",
  "givenName",
  "familyName",
  "nickName",
  "title",
  "active",
  "department",
  "employeeNumber",
  "costCenter",
  "division",
  "attributes",
] as const;

/** Set by the store, never by a SCIM write. */
export const USER_STORE_COLUMNS = ["id", "orgId", "version", "createdAt", "updatedAt"] as const;

export type UserWrittenColumn = (typeof USER_WRITTEN_COLUMNS)[number];
export type UserColumnName = UserWrittenColumn | (typeof USER_STORE_COLUMNS)[number];
/** The lowercased copies (case-insensitive filters and uniqueness): written, never read back. */
export type UserLowerColumn = Extract<UserWrittenColumn, `${string}Lower`>;

/** What a SCIM write stores: `attributes` is everything else, as JSON (null when there is nothing). */
export type UserColumns = {
  [K in UserWrittenColumn]: K extends "userName" | "userNameLower"
    ? string
    : K extends "active"
      ? boolean
      : K extends "attributes"
        ? JsonObject | null
        : string | null;
};

const isLower = (c: string): c is UserLowerColumn => c.endsWith("Lower");

/** What a read of a user selects: the written columns but the lowercase copies, and the store's (not orgId). */
export const USER_READ_COLUMNS = [
  "id",
  ...USER_WRITTEN_COLUMNS.filter((c) => !isLower(c)),
  "version",
  "createdAt",
  "updatedAt",
] as const;
