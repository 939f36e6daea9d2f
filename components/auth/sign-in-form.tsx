"use client";
// Two steps, like GoTo's sign-in: email and Next, then password and Sign In.
import { useState } from "react";
import Link from "next/link";
import { signIn } from "next-auth/react";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Alert } from "@/components/ui/alert";

export function SignInForm({ callbackUrl, initialEmail }: { callbackUrl: string; initialEmail: string }) {
  const [step, setStep] = useState<"email" | "password">("email");
  const [email, setEmail] = useState(initialEmail);
  const [emailError, setEmailError] = useState<string[]>();
  const [error, setError] = useState<string>();
  const [pending, setPending] = useState(false);

  function next(e: React.FormEvent) {
    e.preventDefault();
    if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email.trim())) {
      setEmailError(["Enter a valid email address."]);
      return;
    }
    setEmailError(undefined);
    setStep("password");
  }

  async function submit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const password = String(new FormData(e.currentTarget).get("password") ?? "");
    setPending(true);
    setError(undefined);
    const result = await signIn("credentials", { email: email.trim(), password, redirect: false, callbackUrl });
    if (result?.ok && !result.error) {
      window.location.assign(callbackUrl);
      return;
    }
    setPending(false);
    setError(
      result?.error && result.error !== "CredentialsSignin" ? result.error : "The email or password is incorrect.",
    );
  }

  return (
    <div>
      <h1 className="text-xl font-semibold">Sign in</h1>
      {step === "email" ? (
        <form onSubmit={next} className="mt-6 space-y-4" noValidate>
          <Field
            label="Email address"
            name="email"
            type="email"
            autoComplete="username"
            autoFocus
            value={email}
            onChange={(e) => setEmail(e.target.value)}
            errors={emailError}
          />
          <Button type="submit" className="w-full">
            Next
          </Button>
        </form>
      ) : (
        <form onSubmit={submit} className="mt-6 space-y-4">
          <p className="text-sm text-slate-600">
            Signing in as <strong>{email}</strong>{" "}
            <button type="button" className="text-brand-700 underline" onClick={() => setStep("email")}>
              Change
            </button>
          </p>
          {error && <Alert tone="error">{error}</Alert>}
          <Field label="Password" name="password" type="password" autoComplete="current-password" autoFocus required />
          <Button type="submit" className="w-full" disabled={pending}>
            {pending ? "Signing in…" : "Sign In"}
          </Button>
        </form>
      )}
      <p className="mt-6 text-center text-sm text-slate-600">
        New to Org Center?{" "}
        <Link href="/sign-up" className="text-brand-700 underline">
          Create an account
        </Link>
      </p>
    </div>
  );
}
