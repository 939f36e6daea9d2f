// How the bearer tokens SCIM accepts begin: a secret token (shown in the console by its start) and an OAuth access
// token (lib/oauth issues it). A presented token is looked up in the table its prefix names (authenticate-bearer.ts).
// API: SCIM_TOKEN_PREFIX, ACCESS_TOKEN_PREFIX.
export const SCIM_TOKEN_PREFIX = "ocs_";
export const ACCESS_TOKEN_PREFIX = "oca_";
