// Server-side access checks: every console page, server action and route handler goes through these.
import { headers } from "next/headers";
import { redirect, notFound, forbidden } from "next/navigation";
import { accountActor, type Actor } from "@/lib/audit/record-audit-event";
import { prisma } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { can, type Permission, type Role } from "./roles";
import { getSessionAccount, type SessionAccount } from "./session";
import { REQUESTED_PATH_HEADER, signInPathFor } from "./sign-in-path";

/** Sign-in, then back to the page that was asked for (a shared link survives sign-in). */
async function redirectToSignIn(): Promise<never> {
  redirect(signInPathFor((await headers()).get(REQUESTED_PATH_HEADER)));
}

export type OrgContext = {
  account: SessionAccount;
  org: { id: string; name: string; slug: string };
  role: Role;
  /** Who the audit trail names for changes made in this context. */
  actor: Actor;
};

async function loadOrgContext(orgSlug: string, account: SessionAccount): Promise<OrgContext | null> {
  const membership = await prisma.membership.findFirst({
    where: { accountId: account.id, org: { slug: orgSlug } },
    select: { role: true, org: { select: { id: true, name: true, slug: true } } },
  });
  return membership
    ? { account, org: membership.org, role: membership.role as Role, actor: accountActor(account) }
    : null;
}

/** For pages: redirects to sign-in, 404s for non-members (no existence leak), 403s for a missing permission. */
export async function requirePageAccess(orgSlug: string, permission: Permission): Promise<OrgContext> {
  const account = await getSessionAccount();
  if (!account) return redirectToSignIn();
  const ctx = await loadOrgContext(orgSlug, account);
  if (!ctx) notFound();
  if (!can(ctx.role, permission)) forbidden();
  return ctx;
}

export async function requireSignedIn(): Promise<SessionAccount> {
  const account = await getSessionAccount();
  if (!account) return redirectToSignIn();
  return account;
}

/** For server actions and route handlers: throws AppError, which each surface translates. */
export async function authorize(orgSlug: string, permission: Permission): Promise<OrgContext> {
  const account = await getSessionAccount();
  if (!account) throw new AppError("unauthorized", "Sign in to continue.");
  const ctx = await loadOrgContext(orgSlug, account);
  if (!ctx) throw new AppError("not_found", "Organization not found.");
  if (!can(ctx.role, permission)) throw new AppError("forbidden", "Your role does not allow this.");
  return ctx;
}
