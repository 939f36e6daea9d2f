// OAuth 2.0 token revocation endpoint (RFC 7009): adapts the HTTP request for lib/oauth.
import { handleRevocationRequest } from "@/lib/oauth/handle-revocation-request";

export async function POST(request: Request) {
  const result = await handleRevocationRequest({
    authorization: request.headers.get("authorization"),
    contentType: request.headers.get("content-type"),
    body: await request.text(),
  });
  return Response.json(result.body, { status: result.status, headers: result.headers });
}
