// Builds the ListResponse envelope (RFC 7644 §3.4.2) that Entra expects even for zero hits (entra-scim.md E1).
// API: toListResponse({ resources, totalResults, startIndex }) → ScimListResponse.
import { LIST_RESPONSE_SCHEMA } from "./urns";

export interface ScimListResponse<T> {
  schemas: [typeof LIST_RESPONSE_SCHEMA];
  totalResults: number;
  Resources: T[];
  startIndex: number;
  itemsPerPage: number;
}

/** `itemsPerPage` is the number of resources in this page (what the AzureAD Postman collection asserts). */
export function toListResponse<T>(page: {
  resources: T[];
  totalResults: number;
  startIndex: number;
}): ScimListResponse<T> {
  return {
    schemas: [LIST_RESPONSE_SCHEMA],
    totalResults: page.totalResults,
    Resources: page.resources,
    startIndex: page.startIndex,
    itemsPerPage: page.resources.length,
  };
}
