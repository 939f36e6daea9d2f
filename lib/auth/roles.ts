// Organization roles and what each may do. The single source for every server-side check.
export const ROLES = ["admin", "admin-read-only", "help-desk", "user"] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Record<Role, string> = {
  admin: "Admin (Read & Write)",
  "admin-read-only": "Admin (Read Only)",
  "help-desk": "Help desk",
  user: "User",
};

export type Permission =
  | "console:read" // every console page (configuration included), read-only
  | "directory:read"
  | "logs:read"
  | "config:write"; // any change: settings, domains, tokens, apps, directory edits

const GRANTS: Record<Role, readonly Permission[]> = {
  admin: ["console:read", "directory:read", "logs:read", "config:write"],
  "admin-read-only": ["console:read", "directory:read", "logs:read"],
  "help-desk": ["directory:read", "logs:read"],
  user: [],
};

export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}

export function can(role: string, permission: Permission): boolean {
  return isRole(role) && GRANTS[role].includes(permission);
}

export function hasConsoleAccess(role: string): boolean {
  return isRole(role) && GRANTS[role].length > 0;
}
