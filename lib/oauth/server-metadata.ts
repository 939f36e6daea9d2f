// Authorization server metadata (RFC 8414). The issuer is NEXTAUTH_URL when set, else the request's origin.
import { SUPPORTED_SCOPES } from "./constants";

export function oauthIssuer(requestOrigin: string): string {
  return (process.env.NEXTAUTH_URL || requestOrigin).replace(/\/+$/, "");
}

export function authorizationServerMetadata(issuer: string) {
  const authMethods = ["client_secret_basic", "client_secret_post", "none"];
  return {
    issuer,
    authorization_endpoint: `${issuer}/oauth/authorize`,
    token_endpoint: `${issuer}/oauth/token`,
    revocation_endpoint: `${issuer}/oauth/revoke`,
    scopes_supported: [...SUPPORTED_SCOPES],
    response_types_supported: ["code"],
    response_modes_supported: ["query"],
    grant_types_supported: ["authorization_code", "refresh_token"],
    code_challenge_methods_supported: ["S256"],
    token_endpoint_auth_methods_supported: authMethods,
    revocation_endpoint_auth_methods_supported: authMethods,
  };
}
