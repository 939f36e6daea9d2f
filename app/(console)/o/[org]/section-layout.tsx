// The layout of a console section: checks the section's permission before a list page's loading.tsx streams.
// A streamed page has already answered 200, so a role without the permission must be refused here to get a 403.
import type { ReactNode } from "react";
import { requirePageAccess } from "@/lib/auth/guard";
import type { Permission } from "@/lib/auth/roles";

export function sectionLayout(permission: Permission) {
  return async function SectionLayout({ children, params }: { children: ReactNode; params: Promise<{ org: string }> }) {
    await requirePageAccess((await params).org, permission);
    return children;
  };
}
