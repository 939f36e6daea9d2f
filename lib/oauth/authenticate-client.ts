// Client authentication at the token and revocation endpoints: client_secret_basic, client_secret_post,
// or none (a public client identified by client_id, protected by PKCE). Exactly one method per request.
import crypto from "node:crypto";
import { hashToken } from "@/lib/scim-tokens/token-hash";
import { findClient, type OAuthClientRecord } from "./find-client";
import { parseBasicCredentials, type FormParams } from "./form-body";
import { OAuthError } from "./oauth-error";

export type AuthenticatedClient = Omit<OAuthClientRecord, "secretHash"> & { confidential: boolean };

function sameHash(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && crypto.timingSafeEqual(x, y);
}

export async function authenticateClient(
  authorization: string | null,
  params: FormParams,
  lookup = findClient,
): Promise<AuthenticatedClient> {
  const basic = parseBasicCredentials(authorization);
  if (basic && params.client_secret !== undefined)
    throw new OAuthError("invalid_request", "Use one client authentication method, not both Basic and client_secret.");
  if (basic && params.client_id !== undefined && params.client_id !== basic.clientId) {
    throw new OAuthError("invalid_client", "client_id does not match the Basic credentials.");
  }
  const clientId = basic?.clientId ?? params.client_id;
  const secret = basic?.clientSecret ?? params.client_secret;
  if (!clientId) throw new OAuthError("invalid_client", "Identify the client: client_id, or HTTP Basic credentials.");

  const client = await lookup(clientId);
  // Hash something even for unknown clients, so both failures take the same time.
  const presented = hashToken(secret ?? "");
  if (!client) throw new OAuthError("invalid_client", "Client authentication failed.");
  if (client.secretHash) {
    if (secret === undefined || !sameHash(presented, client.secretHash))
      throw new OAuthError("invalid_client", "Client authentication failed.");
  } else if (secret !== undefined) {
    throw new OAuthError("invalid_client", "This is a public client: it has no secret to send.");
  }
  const { secretHash, ...rest } = client;
  return { ...rest, confidential: secretHash !== null };
}
