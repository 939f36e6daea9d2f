// The console's sections, and which of them a role may open.
import { can, type Permission } from "@/lib/auth/roles";

export type NavItem = { href: string; label: string; permission: Permission };

export function consoleNavigation(orgSlug: string, role: string): NavItem[] {
  const base = `/o/${orgSlug}`;
  const items: NavItem[] = [
    { href: base, label: "Overview", permission: "console:read" },
    { href: `${base}/domains`, label: "Domains", permission: "console:read" },
    { href: `${base}/directory/users`, label: "Directory", permission: "directory:read" },
    { href: `${base}/source-directory/users`, label: "Identity source", permission: "directory:read" },
    { href: `${base}/why`, label: "Why?", permission: "logs:read" },
    { href: `${base}/apps`, label: "Enterprise apps", permission: "console:read" },
    { href: `${base}/logs`, label: "Provisioning logs", permission: "logs:read" },
    { href: `${base}/scim`, label: "SCIM", permission: "console:read" },
    { href: `${base}/settings`, label: "Settings", permission: "console:read" },
  ];
  return items.filter((item) => can(role, item.permission));
}
