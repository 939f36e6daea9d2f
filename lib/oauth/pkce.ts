// PKCE (RFC 7636) with the S256 method only: challenge = BASE64URL(SHA256(ASCII(verifier))).
import crypto from "node:crypto";

const VERIFIER = /^[A-Za-z0-9\-._~]{43,128}$/;
// An S256 challenge is a base64url SHA-256 digest without padding: always 43 characters.
const S256_CHALLENGE = /^[A-Za-z0-9_-]{43}$/;

export function isValidCodeVerifier(verifier: string): boolean {
  return VERIFIER.test(verifier);
}

export function isValidS256Challenge(challenge: string): boolean {
  return S256_CHALLENGE.test(challenge);
}

export function s256Challenge(verifier: string): string {
  return crypto.createHash("sha256").update(verifier, "ascii").digest("base64url");
}

export function verifyPkceS256(verifier: string, challenge: string): boolean {
  if (!isValidCodeVerifier(verifier) || !isValidS256Challenge(challenge)) return false;
  const expected = Buffer.from(s256Challenge(verifier));
  const given = Buffer.from(challenge);
  return expected.length === given.length && crypto.timingSafeEqual(expected, given);
}
