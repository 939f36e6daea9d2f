// Next's request proxy, on console pages only: passes the path and query the browser asked for to the server
// components, so a signed-out visitor is sent to sign-in with that page as the callback (lib/auth/guard.ts).
import { NextResponse, type NextRequest } from "next/server";
import { REQUESTED_PATH_HEADER } from "@/lib/auth/sign-in-path";

export function proxy(request: NextRequest) {
  const headers = new Headers(request.headers);
  // Always overwritten: a client's own value of this header is never trusted (and is checked again on use).
  headers.set(REQUESTED_PATH_HEADER, request.nextUrl.pathname + request.nextUrl.search);
  return NextResponse.next({ request: { headers } });
}

export const config = { matcher: ["/o/:path*"] };
