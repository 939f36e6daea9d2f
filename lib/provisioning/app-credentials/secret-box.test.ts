import { afterEach, describe, expect, it } from "vitest";
import { decryptSecret, encryptSecret } from "./secret-box";

const saved = process.env.ORG_CENTER_ENCRYPTION_KEY;
afterEach(() => {
  if (saved === undefined) delete process.env.ORG_CENTER_ENCRYPTION_KEY;
  else process.env.ORG_CENTER_ENCRYPTION_KEY = saved;
});

describe("secret box (AES-256-GCM)", () => {
  it("round-trips, never stores the plaintext, and uses a fresh IV each time", () => {
    process.env.ORG_CENTER_ENCRYPTION_KEY = "unit-test-passphrase";
    const a = encryptSecret("scim-token-123");
    const b = encryptSecret("scim-token-123");
    expect(a).not.toContain("scim-token-123");
    expect(a).not.toBe(b);
    expect(decryptSecret(a)).toBe("scim-token-123");
  });

  it("refuses tampered ciphertext and a changed key", () => {
    process.env.ORG_CENTER_ENCRYPTION_KEY = "a".repeat(64);
    const sealed = encryptSecret("secret");
    const parts = sealed.split(".");
    parts[3] = Buffer.from("other").toString("base64url");
    expect(() => decryptSecret(parts.join("."))).toThrow(/cannot be decrypted/);
    process.env.ORG_CENTER_ENCRYPTION_KEY = "b".repeat(64);
    expect(() => decryptSecret(sealed)).toThrow(/changed since it was saved/);
    expect(() => decryptSecret("plain")).toThrow(/known format/);
  });
});
