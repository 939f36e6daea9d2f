// Where Org Center's OAuth server sends the admin back after Authorize (the LogMeIn app's redirect URI): checks the
// caller may configure the app's organization, exchanges the code, and returns to the provisioning page.
import { NextResponse, type NextRequest } from "next/server";
import { authorize } from "@/lib/auth/guard";
import { isAppError } from "@/lib/errors/app-error";
import { publicBaseUrl } from "@/lib/console/public-url";
import { completeAuthorize, findPendingAuthorize } from "@/lib/provisioning/credentials/authorize-app";

export const dynamic = "force-dynamic";

const text = (status: number, body: string) => new Response(body, { status, headers: { "content-type": "text/plain; charset=utf-8" } });

export async function GET(req: NextRequest) {
  // The consent screen's redirect first reaches here as a client-router (RSC) fetch; answering that without a
  // flight payload makes the browser navigate for real, so the single-use code is spent once, by the navigation.
  if (req.headers.get("rsc") === "1" || req.headers.has("next-router-prefetch")) return new Response(null, { status: 204, headers: { "cache-control": "no-store" } });
  const p = req.nextUrl.searchParams;
  const pending = await findPendingAuthorize(p.get("state"));
  if (!pending) return text(404, "This authorization response does not match a pending Authorize (it expired or was already used). Start Authorize again from the provisioning page.");
  let actor;
  try {
    const ctx = await authorize(pending.orgSlug, "config:write");
    actor = { id: ctx.account.id, label: ctx.account.email };
  } catch (error) {
    if (isAppError(error) && error.code === "unauthorized") return NextResponse.redirect(`${await publicBaseUrl()}/sign-in?callbackUrl=${encodeURIComponent(req.nextUrl.pathname + req.nextUrl.search)}`, 303);
    return text(403, "Only an Admin (Read & Write) of this organization can complete the authorization.");
  }
  const outcome = await completeAuthorize({ state: p.get("state"), code: p.get("code"), error: p.get("error"), errorDescription: p.get("error_description") }, actor);
  const page = `${await publicBaseUrl()}/o/${pending.orgSlug}/apps/${outcome.appId}/provisioning`;
  return NextResponse.redirect(outcome.ok ? `${page}?authorized=1` : `${page}?authError=${encodeURIComponent(outcome.message)}`, 303);
}
