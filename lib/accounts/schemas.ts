// Input schemas for accounts, shared by the sign-up form, the CLI and tests.
import { z } from "zod";

export const ZEmail = z
  .string()
  .trim()
  .toLowerCase()
  .pipe(z.email({ message: "Enter a valid email address." }));

export const ZPassword = z
  .string()
  .min(10, { message: "Use at least 10 characters." })
  .max(200, { message: "Use at most 200 characters." });

export const ZCreateAccount = z.object({
  email: ZEmail,
  name: z.string().trim().min(1, { message: "Enter your name." }).max(120),
  password: ZPassword,
});
export type TCreateAccount = z.infer<typeof ZCreateAccount>;
