import { createAccount } from "@/lib/accounts/create-account";
import type { Output } from "./output";
import { requireOption, UsageError } from "./usage-error";

export async function accountCommand(sub: string | undefined, options: Record<string, unknown>, out: Output) {
  if (sub !== "create") throw new UsageError("Usage: org-center account create --email E --name N --password P");
  const account = await createAccount({
    email: requireOption(options, "email"),
    name: requireOption(options, "name"),
    password: requireOption(options, "password"),
  });
  out.print(account, () => `Created account ${account.email} (${account.id}).`);
}
