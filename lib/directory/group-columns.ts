// The OrgGroup columns (prisma/schema.prisma) the directory's SQL reads, writes and filters on, listed once; the other
// lists and types derive from them. API: GROUP_WRITTEN_COLUMNS, GROUP_READ_COLUMNS, GroupColumns, GroupColumnName.

/** The columns a SCIM write sets, in one fixed order. */
export const GROUP_WRITTEN_COLUMNS = ["displayName", "displayNameLower", "externalId", "externalIdLower"] as const;

/** Set by the store, never by a SCIM write. */
export const GROUP_STORE_COLUMNS = ["id", "orgId", "version", "createdAt", "updatedAt"] as const;

export type GroupWrittenColumn = (typeof GROUP_WRITTEN_COLUMNS)[number];
export type GroupColumnName = GroupWrittenColumn | (typeof GROUP_STORE_COLUMNS)[number];

export type GroupColumns = {
  [K in GroupWrittenColumn]: K extends "displayName" | "displayNameLower" ? string : string | null;
};

/** What a read of a group selects: the written columns but the lowercase copies, and the store's (not orgId). */
export const GROUP_READ_COLUMNS = [
  "id",
  ...GROUP_WRITTEN_COLUMNS.filter((c) => !c.endsWith("Lower")),
  "version",
  "createdAt",
  "updatedAt",
] as const;
