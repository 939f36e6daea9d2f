// Where a role lands in an organization's console.
import { can } from "./roles";

export function consoleHome(orgSlug: string, role: string): string {
  return can(role, "console:read") ? `/o/${orgSlug}` : `/o/${orgSlug}/directory/users`;
}
