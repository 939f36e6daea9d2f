"use client";
// Signs out and comes back to the same authorization request through the sign-in page.
import { signOutTo } from "@/components/auth/sign-out-button";
import { Button } from "@/components/ui/button";

export function SwitchAccountButton({
  signInPath,
  label,
  asLink = false,
}: {
  signInPath: string;
  label: string;
  asLink?: boolean;
}) {
  const switchAccount = () => void signOutTo(signInPath);
  if (asLink) {
    return (
      <button type="button" className="text-brand-700 underline" onClick={switchAccount}>
        {label}
      </button>
    );
  }
  return (
    <Button type="button" variant="secondary" onClick={switchAccount}>
      {label}
    </Button>
  );
}
