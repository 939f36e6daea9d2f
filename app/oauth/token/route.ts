// OAuth 2.0 token endpoint: adapts the HTTP request for lib/oauth.
import { handleTokenRequest } from "@/lib/oauth/handle-token-request";

export async function POST(request: Request) {
  const result = await handleTokenRequest({
    authorization: request.headers.get("authorization"),
    contentType: request.headers.get("content-type"),
    body: await request.text(),
  });
  return Response.json(result.body, { status: result.status, headers: result.headers });
}
