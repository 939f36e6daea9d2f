// /scim/v2/*: adapts Next's Request to the framework-free SCIM core (lib/scim/http) and its answer back to a Response.
import { after, type NextRequest } from "next/server";
import { handleScimRequest } from "@/lib/scim/http/handle-scim-request";
import { readBodyText } from "@/lib/scim/http/read-body";
import { MAX_BODY_BYTES } from "@/lib/scim/http/types";

export const dynamic = "force-dynamic";
export const runtime = "nodejs";

const MOUNT = "/scim/v2";

function origin(req: NextRequest): string {
  if (process.env.NEXTAUTH_URL) return process.env.NEXTAUTH_URL.replace(/\/+$/, "");
  if (process.env.TRUST_PROXY === "1") {
    const host = req.headers.get("x-forwarded-host");
    if (host) return `${req.headers.get("x-forwarded-proto") ?? "https"}://${host}`;
  }
  return req.nextUrl.origin;
}

// Only a proxy we were told to trust (TRUST_PROXY=1) can name the client's address.
function clientIp(req: NextRequest): string | null {
  if (process.env.TRUST_PROXY !== "1") return null;
  return req.headers.get("x-forwarded-for")?.split(",")[0]?.trim() || null;
}

async function handle(req: NextRequest): Promise<Response> {
  const { text, tooLarge } = await readBodyText(req.body, req.headers.get("content-length"), MAX_BODY_BYTES);
  const pathname = req.nextUrl.pathname;
  const response = await handleScimRequest({
    method: req.method,
    path: pathname.startsWith(MOUNT) ? pathname.slice(MOUNT.length) : pathname,
    query: req.nextUrl.searchParams,
    body: text,
    bodyTooLarge: tooLarge,
    headers: {
      authorization: req.headers.get("authorization"),
      contentType: req.headers.get("content-type"),
      ifMatch: req.headers.get("if-match"),
      ifNoneMatch: req.headers.get("if-none-match"),
      requestId: req.headers.get("x-request-id") ?? req.headers.get("client-request-id"),
    },
    baseUrl: `${origin(req)}${MOUNT}`,
    clientIp: clientIp(req),
    userAgent: req.headers.get("user-agent"),
    // The request log is written once the answer is on its way.
    defer: (task) => after(task),
  });
  return new Response(response.body ?? null, { status: response.status, headers: response.headers });
}

export { handle as GET, handle as POST, handle as PUT, handle as PATCH, handle as DELETE };
