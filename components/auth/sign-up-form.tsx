"use client";
import { useActionState, useEffect, useRef, useState } from "react";
import Link from "next/link";
import { signIn } from "next-auth/react";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Alert } from "@/components/ui/alert";
import type { FormState } from "@/lib/errors/form-state";

type Action = (prev: FormState, data: FormData) => Promise<FormState>;

export function SignUpForm({ action }: { action: Action }) {
  // React resets the form after an action, so the credentials are kept from the submit event.
  const submitted = useRef<{ email: string; password: string } | null>(null);
  const [state, formAction, pending] = useActionState(action, {});
  const [signInFailed, setSignInFailed] = useState(false);

  // Signed in here, then a relative navigation: next-auth's own redirect would go to NEXTAUTH_URL's host.
  useEffect(() => {
    if (!state.ok || !submitted.current) return;
    const credentials = submitted.current;
    submitted.current = null;
    void signIn("credentials", { ...credentials, redirect: false }).then(
      (result) => {
        // A full load, so every layout reads the session cookie just set (and the host stays the one in use).
        // eslint-disable-next-line @next/next/no-location-assign-relative-destination
        if (result?.ok && !result.error) window.location.assign("/");
        else setSignInFailed(true);
      },
      () => setSignInFailed(true),
    );
  }, [state]);

  function remember(e: React.FormEvent<HTMLFormElement>) {
    const data = new FormData(e.currentTarget);
    submitted.current = { email: String(data.get("email") ?? ""), password: String(data.get("password") ?? "") };
  }

  return (
    <div>
      <h1 className="text-xl font-semibold">Create your account</h1>
      <form action={formAction} onSubmit={remember} className="mt-6 space-y-4" noValidate>
        {state.message && !state.ok && <Alert tone="error">{state.message}</Alert>}
        {state.ok && !signInFailed && <Alert tone="success">Account created. Signing you in…</Alert>}
        {state.ok && signInFailed && (
          <Alert tone="warning">
            Your account was created, but signing you in did not work.{" "}
            <Link href="/sign-in" className="underline">
              Sign in
            </Link>{" "}
            with your email and password to continue.
          </Alert>
        )}
        <Field
          label="Work email"
          name="email"
          type="email"
          autoComplete="email"
          required
          errors={state.fieldErrors?.email}
          defaultValue={state.values?.email}
          hint="Use your organization's email: its domain is the one you will verify."
        />
        <Field
          label="Full name"
          name="name"
          autoComplete="name"
          required
          errors={state.fieldErrors?.name}
          defaultValue={state.values?.name}
        />
        <Field
          label="Password"
          name="password"
          type="password"
          autoComplete="new-password"
          required
          errors={state.fieldErrors?.password}
          hint="At least 10 characters."
        />
        <Button type="submit" className="w-full" disabled={pending || state.ok}>
          {pending ? "Creating…" : "Create account"}
        </Button>
      </form>
      <p className="mt-6 text-center text-sm text-slate-600">
        Already have an account?{" "}
        <Link href="/sign-in" className="text-brand-700 underline">
          Sign in
        </Link>
      </p>
    </div>
  );
}
