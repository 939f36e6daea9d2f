"use client";
// What a console page shows when it failed to load (each console segment's error.tsx): a plain message, the
// error's digest to match the server log, Try again (re-fetches the segment) and a way back to the Overview.
import { useEffect } from "react";
import Link from "next/link";
import { useParams } from "next/navigation";
import { Button } from "@/components/ui/button";

/** The props Next gives an error.tsx; `retry` refreshes the server data before re-rendering, `reset` does not. */
export type ConsoleErrorProps = { error: unknown; retry: () => void; reset: () => void };

export function ConsoleError({ error, retry }: ConsoleErrorProps) {
  const { org } = useParams<{ org: string }>();
  // A server error reaches the browser as a generic message with a digest; the detail stays in the server log.
  const digest = error instanceof Error && "digest" in error && typeof error.digest === "string" ? error.digest : null;
  useEffect(() => console.error(error), [error]);
  return (
    <div role="alert" className="max-w-xl rounded-lg border border-red-200 bg-white p-6 shadow-sm">
      <h1 className="text-xl font-semibold">This page could not be loaded</h1>
      <p className="mt-2 text-sm text-slate-700">
        Something went wrong on our side. Try again; if it keeps failing, give the error reference below to your
        administrator.
      </p>
      {digest && (
        <p className="mt-3 text-sm text-slate-600">
          Error reference: <code className="rounded bg-slate-100 px-1.5 py-0.5 font-mono text-xs">{digest}</code>
        </p>
      )}
      <div className="mt-5 flex flex-wrap items-center gap-4">
        <Button type="button" onClick={() => retry()}>
          Try again
        </Button>
        <Link href={`/o/${org}`} className="text-sm text-brand-700 underline">
          Back to the Overview
        </Link>
      </div>
    </div>
  );
}
