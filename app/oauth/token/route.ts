// OAuth 2.0 token endpoint: adapts the HTTP request for lib/oauth.
import { handleTokenRequest } from "@/lib/oauth/handle-token-request";
import { oauthRoute } from "@/lib/oauth/oauth-route";

export const POST = oauthRoute(handleTokenRequest);
