import Link from "next/link";

export default function NotFound() {
  return (
    <main className="mx-auto max-w-lg p-10 text-center">
      <h1 className="text-2xl font-semibold">Page not found</h1>
      <p className="mt-3 text-slate-600">
        It does not exist, or it belongs to an organization you are not a member of.
      </p>
      <Link href="/" className="mt-6 inline-block text-brand-700 underline">
        Back to Org Center
      </Link>
    </main>
  );
}
