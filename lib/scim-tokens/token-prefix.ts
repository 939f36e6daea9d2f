// How a SCIM secret token begins: shown in the console as the token's start, and how a presented token is looked up
// in its own table (authenticate-bearer.ts). API: SCIM_TOKEN_PREFIX.
export const SCIM_TOKEN_PREFIX = "ocs_";
