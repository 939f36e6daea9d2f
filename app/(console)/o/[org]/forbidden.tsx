// 403 inside the console: shown within the console's frame, so the menu and Sign out stay at hand.
import Link from "next/link";

export default function ConsoleForbidden() {
  return (
    <div className="mx-auto max-w-lg py-10 text-center">
      <h1 className="text-2xl font-semibold">403 · You don&apos;t have access to this page</h1>
      <p className="mt-3 text-slate-600">
        Your role in this organization does not include it. Ask an Admin (Read &amp; Write) if you need it, or choose
        another page from the menu.
      </p>
      <Link href="/" className="mt-6 inline-block text-brand-700 underline">
        Back to Org Center
      </Link>
    </div>
  );
}
