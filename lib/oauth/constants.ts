// Lifetimes, prefixes and scopes of the Authorize flow (PRODUCT.md §4, Credentials → Authorize).
export const CODE_TTL_MS = 10 * 60 * 1000;
export const ACCESS_TOKEN_TTL_SECONDS = 60 * 60;
export const REFRESH_TOKEN_TTL_MS = 30 * 24 * 60 * 60 * 1000;

export const CLIENT_ID_PREFIX = "occl_";
export const CLIENT_SECRET_PREFIX = "occs_";
export const CODE_PREFIX = "occo_";
export { ACCESS_TOKEN_PREFIX } from "@/lib/scim-tokens/token-prefix";
export const REFRESH_TOKEN_PREFIX = "ocr_";

/** "scim" is what every grant carries; offline_access is accepted because clients ask for refresh tokens with it. */
export const DEFAULT_SCOPE = "scim";
export const SUPPORTED_SCOPES = ["scim", "offline_access"] as const;

export const SCOPE_DESCRIPTION = "Read and write users and groups over SCIM";
