"use server";
import { createAccount } from "@/lib/accounts/create-account";
import { toFormState, type FormState } from "@/lib/errors/form-state";

export async function signUpAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const values = { email: String(formData.get("email") ?? ""), name: String(formData.get("name") ?? "") };
  try {
    await createAccount({ ...values, password: String(formData.get("password") ?? "") });
    return { ok: true, values };
  } catch (error) {
    return toFormState(error, values);
  }
}
