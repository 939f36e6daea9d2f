"use client";
import { signOut } from "next-auth/react";

// next-auth would send the browser to NEXTAUTH_URL's host; a relative path keeps the host the admin uses.
export async function signOutTo(path: string) {
  await signOut({ redirect: false });
  window.location.assign(path);
}

export function SignOutButton({ className = "" }: { className?: string }) {
  return (
    <button
      type="button"
      onClick={() => void signOutTo("/sign-in")}
      className={`rounded-md px-3 py-1.5 text-sm font-medium text-slate-700 ring-1 ring-slate-300 hover:bg-slate-50 ${className}`}
    >
      Sign out
    </button>
  );
}
