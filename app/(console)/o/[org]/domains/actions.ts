"use server";
import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { authorize } from "@/lib/auth/guard";
import { toFormState, type FormState } from "@/lib/errors/form-state";
import { addDomain } from "@/lib/domains/add-domain";
import { getOrgDomain } from "@/lib/domains/get-domain";
import { verifyDomain } from "@/lib/domains/verify-domain";
import { restartVerification } from "@/lib/domains/restart-verification";
import { removeDomain } from "@/lib/domains/remove-domain";
import type { VerifyState } from "@/components/domains/verify-form";

// Every action re-checks the session and the Admin (Read & Write) role, and that the domain is this organization's.
async function authorizeDomain(orgSlug: string, domainId: string) {
  const ctx = await authorize(orgSlug, "config:write");
  const domain = await getOrgDomain(ctx.org.id, domainId);
  return { ctx, domain };
}

export async function addDomainAction(orgSlug: string, _prev: FormState, formData: FormData): Promise<FormState> {
  const values = { domain: String(formData.get("domain") ?? "") };
  let id: string;
  try {
    const ctx = await authorize(orgSlug, "config:write");
    id = (await addDomain(ctx.org.id, values.domain, ctx.actor)).id;
  } catch (error) {
    return toFormState(error, values);
  }
  revalidatePath(`/o/${orgSlug}/domains`);
  redirect(`/o/${orgSlug}/domains/${id}`);
}

export async function verifyDomainAction(orgSlug: string, domainId: string, _prev: VerifyState): Promise<VerifyState> {
  try {
    const { ctx, domain } = await authorizeDomain(orgSlug, domainId);
    const outcome = await verifyDomain(domain.id, ctx.actor);
    revalidatePath(`/o/${orgSlug}/domains`, "layout");
    if (outcome.status === "verified")
      return { ok: true, message: `${domain.name} is verified.`, result: outcome.result ?? undefined };
    return {
      ok: false,
      message: "Not verified yet: no matching TXT record or file was found. The findings are below.",
      result: outcome.result ?? undefined,
    };
  } catch (error) {
    return toFormState(error);
  }
}

export async function restartDomainAction(orgSlug: string, domainId: string): Promise<FormState> {
  try {
    const { ctx, domain } = await authorizeDomain(orgSlug, domainId);
    await restartVerification(domain.id, ctx.actor);
  } catch (error) {
    return toFormState(error);
  }
  revalidatePath(`/o/${orgSlug}/domains`, "layout");
  return { ok: true, message: "A new code was issued: publish it within 10 days." };
}

export async function removeDomainAction(orgSlug: string, domainId: string): Promise<FormState> {
  try {
    const { ctx, domain } = await authorizeDomain(orgSlug, domainId);
    await removeDomain(ctx.org.id, { id: domain.id }, ctx.actor);
  } catch (error) {
    return toFormState(error);
  }
  revalidatePath(`/o/${orgSlug}/domains`, "layout");
  redirect(`/o/${orgSlug}/domains`);
}
