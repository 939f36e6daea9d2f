// RFC 8414 authorization server metadata.
import { authorizationServerMetadata, oauthIssuer } from "@/lib/oauth/server-metadata";

export const dynamic = "force-dynamic";

export function GET(request: Request) {
  return Response.json(authorizationServerMetadata(oauthIssuer(new URL(request.url).origin)), {
    headers: { "Cache-Control": "public, max-age=3600" },
  });
}
