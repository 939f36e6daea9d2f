// Splits a SCIM request path into endpoint and id, tolerating what Entra's tenant-URL handling produces: any case
// (`users`), trailing slashes, and the `aadOptscim062020` flag as a path segment or glued into the query.
// API: parseRoute(path, query) → { endpoint, id, extra, query }.

export type Endpoint = "Users" | "Groups" | "ServiceProviderConfig" | "Schemas" | "ResourceTypes";

export interface Route {
  endpoint: Endpoint | undefined;
  /** The text of the first segment as sent, for the 404 detail. */
  name: string | undefined;
  id: string | undefined;
  /** Segments after the id; any makes the path unknown (`/Users/x/y`), except `.search` handled by the caller. */
  extra: string[];
  query: URLSearchParams;
}

const ENDPOINTS: Record<string, Endpoint> = {
  users: "Users",
  groups: "Groups",
  serviceproviderconfig: "ServiceProviderConfig",
  serviceproviderconfigs: "ServiceProviderConfig",
  // The alias the AzureAD Postman collection calls (SCIM reference code).
  serviceconfiguration: "ServiceProviderConfig",
  schemas: "Schemas",
  resourcetypes: "ResourceTypes",
};

const FLAG = /^\??(aadoptscim062020|azureadscimpatch2017)$/i;
const GLUED = /^(aadoptscim062020|azureadscimpatch2017)(\/[^?]*)?(?:\?(.*))?$/i;

function decode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

/**
 * `https://host/scim/v2/?aadOptscim062020` + `/Users` can arrive as the query `aadOptscim062020/Users?filter=...`:
 * the path part is moved back to the path and the parameter after the second `?` kept.
 */
function unglue(query: URLSearchParams): { extraPath: string; query: URLSearchParams } {
  let extraPath = "";
  const out = new URLSearchParams();
  for (const [key, value] of query) {
    const m = GLUED.exec(key);
    if (!m) {
      out.append(key, value);
      continue;
    }
    if (m[2]) extraPath += m[2];
    if (m[3]) out.append(m[3], value);
  }
  return { extraPath, query: out };
}

export function parseRoute(path: string, query: URLSearchParams): Route {
  const { extraPath, query: cleanQuery } = unglue(query);
  const segments = `${path}/${extraPath}`
    .split("/")
    .filter((s) => s !== "")
    .map(decode)
    .filter((s) => !FLAG.test(s));
  const [first, id, ...extra] = segments;
  return { endpoint: first ? ENDPOINTS[first.toLowerCase()] : undefined, name: first, id, extra, query: cleanQuery };
}
