// Issues an authorization code: random, stored only as its hash, valid 10 minutes, single use.
// The code row's id becomes the id of the grant (OAuthToken row) it is exchanged for, so a replay can revoke it.
import { prisma } from "@/lib/db/client";
import { hashToken, newSecret } from "@/lib/scim-tokens/token-hash";
import { CODE_PREFIX, CODE_TTL_MS } from "./constants";

export type CodeInput = {
  clientId: string;
  orgId: string;
  accountId: string;
  redirectUri: string;
  codeChallenge: string;
  scope: string;
};

export async function issueAuthorizationCode(
  input: CodeInput,
  now = new Date(),
): Promise<{ code: string; grantId: string; expiresAt: Date }> {
  const code = newSecret(CODE_PREFIX);
  const row = await prisma.oAuthCode.create({
    data: { ...input, codeHash: hashToken(code), expiresAt: new Date(now.getTime() + CODE_TTL_MS), createdAt: now },
    select: { id: true, expiresAt: true },
  });
  return { code, grantId: row.id, expiresAt: row.expiresAt };
}
