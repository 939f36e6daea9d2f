// The list parameters of GET /Users?… and of POST /Users/.search (RFC 7644 §3.4.3), parsed the same way.
// API: listParamsFromQuery(query), listParamsFromSearchBody(body), selectionFromQuery(query).
import { parseAttributeList } from "../attribute-paths";
import { ScimError } from "../errors";
import { isJsonObject } from "../json";
import { parseListParams, type ListParams } from "../list-params";
import type { AttributeSelection } from "../projection";
import { MAX_RESULTS } from "./context";

export function listParamsFromQuery(query: URLSearchParams): ListParams {
  for (const [key, value] of query) {
    if (key.includes("\u0000") || value.includes("\u0000"))
      throw new ScimError(400, "invalidFilter", "Query parameters must not contain NUL characters");
  }
  return parseListParams(query, { maxCount: MAX_RESULTS });
}

/** `.search` bodies carry the same names; `attributes` may be an array; numbers may be JSON numbers. */
export function listParamsFromSearchBody(body: unknown): ListParams {
  if (!isJsonObject(body)) throw new ScimError(400, "invalidSyntax", "The search request must be a JSON object");
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(body)) {
    if (key === "schemas" || value === null || value === undefined) continue;
    if (Array.isArray(value)) query.set(key, value.map(String).join(","));
    else if (typeof value === "string" || typeof value === "number" || typeof value === "boolean")
      query.set(key, String(value));
    else throw new ScimError(400, "invalidValue", `Search parameter "${key}" must be a string or a number`);
  }
  return listParamsFromQuery(query);
}

/** `attributes` / `excludedAttributes` of a single-resource request (parameter names in any case). */
export function selectionFromQuery(query: URLSearchParams): AttributeSelection {
  const param = (name: string) => [...query].find(([key]) => key.toLowerCase() === name.toLowerCase())?.[1];
  return {
    attributes: parseAttributeList(param("attributes"), "attributes"),
    excludedAttributes: parseAttributeList(param("excludedAttributes"), "excludedAttributes"),
  };
}
