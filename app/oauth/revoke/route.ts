// OAuth 2.0 token revocation endpoint (RFC 7009): adapts the HTTP request for lib/oauth.
import { handleRevocationRequest } from "@/lib/oauth/handle-revocation-request";
import { oauthRoute } from "@/lib/oauth/oauth-route";

export const POST = oauthRoute(handleRevocationRequest);
