// Adapts a route handler's HTTP request to an OAuth endpoint of lib/oauth (token, revocation) and its answer back.
// API: oauthRoute(handle) → the route's POST.
import type { OAuthHttpRequest } from "./handle-token-request";
import type { OAuthResponse } from "./oauth-error";

export function oauthRoute(
  handle: (request: OAuthHttpRequest) => Promise<OAuthResponse>,
): (request: Request) => Promise<Response> {
  return async (request) => {
    const result = await handle({
      authorization: request.headers.get("authorization"),
      contentType: request.headers.get("content-type"),
      body: await request.text(),
    });
    return Response.json(result.body, { status: result.status, headers: result.headers });
  };
}
