// An app's credentials, sealed at rest: a Secret Token (custom SCIM apps) or the OAuth tokens of the Authorize
// flow (LogMeIn). Only lib/provisioning ever sees them in clear; they are never logged.
import { decryptSecret, encryptSecret } from "./secret-box";

export type SecretTokenCredentials = { type: "secret-token"; token: string };
export type OAuthCredentials = {
  type: "oauth";
  accessToken: string;
  refreshToken: string;
  expiresAt: string;
  scope: string;
  clientId: string;
};
export type StoredCredentials = SecretTokenCredentials | OAuthCredentials;

export function sealCredentials(credentials: StoredCredentials): string {
  return encryptSecret(JSON.stringify(credentials));
}

export function openCredentials(sealed: string | null | undefined): StoredCredentials | null {
  if (!sealed) return null;
  return JSON.parse(decryptSecret(sealed)) as StoredCredentials;
}

/** What the console may show about stored credentials: their kind and a hint, never the secret. */
export function describeCredentials(sealed: string | null | undefined): {
  present: boolean;
  kind?: string;
  hint?: string;
  expiresAt?: string;
  error?: string;
} {
  if (!sealed) return { present: false };
  try {
    const c = openCredentials(sealed)!;
    if (c.type === "secret-token") return { present: true, kind: "Secret Token", hint: `…${c.token.slice(-4)}` };
    return { present: true, kind: "OAuth (Authorize)", expiresAt: c.expiresAt };
  } catch (error) {
    return { present: true, error: (error as Error).message };
  }
}
