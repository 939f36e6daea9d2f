"use client";
import { signOut } from "next-auth/react";

export function SignOutButton({ className = "" }: { className?: string }) {
  return (
    <button type="button" onClick={() => signOut({ callbackUrl: "/sign-in" })}
      className={`rounded-md px-3 py-1.5 text-sm font-medium text-slate-700 ring-1 ring-slate-300 hover:bg-slate-50 ${className}`}>
      Sign out
    </button>
  );
}
