// Weak ETags from the resource's version counter, and the If-Match precondition (RFC 7644 §3.14).
// API: etagOf(version), assertIfMatch(header, version) → throws 412.
import { ScimError } from "@/lib/scim/errors";

export function etagOf(version: number): string {
  return `W/"${version}"`;
}

/** `*`, a list, weak or strong forms: `W/"3"` and `"3"` both match version 3. An absent header always matches. */
export function matchesIfMatch(header: string | null | undefined, version: number): boolean {
  if (header === null || header === undefined || header.trim() === "") return true;
  return header.split(",").some((raw) => {
    const tag = raw.trim();
    return tag === "*" || tag.replace(/^W\//i, "").replace(/^"(.*)"$/, "$1") === String(version);
  });
}

export function assertIfMatch(header: string | null | undefined, version: number): void {
  if (!matchesIfMatch(header, version)) {
    throw new ScimError(
      412,
      undefined,
      `If-Match ${header} does not match the current version ${etagOf(version)}; read the resource again and retry`,
    );
  }
}
