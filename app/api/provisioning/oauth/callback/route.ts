// Where Org Center's OAuth server sends the admin back after Authorize (the LogMeIn app's redirect URI): checks the
// caller may configure the app's organization, exchanges the code, and returns to the provisioning page.
import type { NextRequest } from "next/server";
import { authorize } from "@/lib/auth/guard";
import { isAppError } from "@/lib/errors/app-error";
import { completeAuthorize, findPendingAuthorize } from "@/lib/provisioning/app-credentials/authorize-app";

export const dynamic = "force-dynamic";

const text = (status: number, body: string) =>
  new Response(body, { status, headers: { "content-type": "text/plain; charset=utf-8" } });
// Relative, so the browser stays on the host it came in on (its session cookie lives there).
const seeOther = (path: string) =>
  new Response(null, { status: 303, headers: { location: path, "cache-control": "no-store" } });

export async function GET(req: NextRequest) {
  // The consent screen's redirect first reaches here as a client-router (RSC) fetch; answering that without a
  // flight payload makes the browser navigate for real, so the single-use code is spent once, by the navigation.
  if (req.headers.get("rsc") === "1" || req.headers.has("next-router-prefetch"))
    return new Response(null, { status: 204, headers: { "cache-control": "no-store" } });
  const p = req.nextUrl.searchParams;
  const pending = await findPendingAuthorize(p.get("state"));
  if (!pending)
    return text(
      404,
      "This authorization response does not match a pending Authorize (it expired or was already used). Start Authorize again from the provisioning page.",
    );
  let actor;
  try {
    const ctx = await authorize(pending.orgSlug, "config:write");
    actor = ctx.actor;
  } catch (error) {
    if (isAppError(error) && error.code === "unauthorized")
      return seeOther(`/sign-in?callbackUrl=${encodeURIComponent(req.nextUrl.pathname + req.nextUrl.search)}`);
    return text(403, "Only an Admin (Read & Write) of this organization can complete the authorization.");
  }
  const outcome = await completeAuthorize(
    { state: p.get("state"), code: p.get("code"), error: p.get("error"), errorDescription: p.get("error_description") },
    actor,
  );
  const page = `/o/${pending.orgSlug}/apps/${outcome.appId}/provisioning`;
  return seeOther(outcome.ok ? `${page}?authorized=1` : `${page}?authError=${encodeURIComponent(outcome.message)}`);
}
