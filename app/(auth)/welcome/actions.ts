"use server";
import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { getSessionAccount } from "@/lib/auth/session";
import { AppError } from "@/lib/errors/app-error";
import { toFormState, type FormState } from "@/lib/errors/form-state";
import { getOnboardingDomain } from "@/lib/domains/get-domain";
import { verifyDomain } from "@/lib/domains/verify-domain";
import { accountActor } from "@/lib/audit/record-audit-event";
import { restartVerification } from "@/lib/domains/restart-verification";
import type { VerifyState } from "@/components/domains/verify-form";

async function requireOwnDomain(domainId: string) {
  const account = await getSessionAccount();
  if (!account) throw new AppError("unauthorized", "Sign in to continue.");
  // Only the account that started this verification may see or act on it.
  await getOnboardingDomain(account.id, domainId);
  return account;
}

export async function verifyOnboardingAction(
  domainId: string,
  _prev: VerifyState,
  formData: FormData,
): Promise<VerifyState> {
  const values = { orgName: String(formData.get("orgName") ?? "") };
  let orgSlug: string | null = null;
  try {
    const account = await requireOwnDomain(domainId);
    const outcome = await verifyDomain(domainId, accountActor(account), { orgName: values.orgName });
    if (outcome.status !== "verified")
      return {
        ok: false,
        message: "Not verified yet: no matching TXT record or file was found. The findings are below.",
        result: outcome.result ?? undefined,
        values,
      };
    orgSlug = outcome.orgSlug;
  } catch (error) {
    return toFormState(error, values);
  }
  revalidatePath("/", "layout");
  redirect(orgSlug ? `/o/${orgSlug}` : "/");
}

export async function restartOnboardingAction(domainId: string): Promise<FormState> {
  try {
    const account = await requireOwnDomain(domainId);
    await restartVerification(domainId, accountActor(account));
  } catch (error) {
    return toFormState(error);
  }
  revalidatePath("/welcome");
  return { ok: true, message: "A new code was issued: publish it within 10 days." };
}
