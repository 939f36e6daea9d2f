// Masks configured SCIM attributes in a request or response body shown to the help desk (issue 15, the
// organization's "help desk sees" setting). maskScimBody(text, attributes) → the body with their values masked;
// maskSentRequestsJson does the same to the requests a provisioning log entry kept.
export const MASK = "[MASKED]";

/** The attribute's own name, lower case: "urn:…:enterprise:2.0:User:employeeNumber" → "employeenumber". */
export function attributeKey(path: string): string {
  const bare = path.trim().replace(/\[[^\]]*\]/g, "");
  return bare.slice(Math.max(bare.lastIndexOf(":"), bare.lastIndexOf(".")) + 1).toLowerCase();
}

/** Every segment of a PATCH op's path (`urn:…:User:employeeNumber`, `name.givenName`, `emails[type eq "work"].value`). */
const pathSegments = (path: string) =>
  path
    .replace(/\[[^\]]*\]/g, "")
    .split(/[:.]/)
    .map((s) => s.toLowerCase());

function maskValue(value: unknown, keys: ReadonlySet<string>): unknown {
  if (Array.isArray(value)) return value.map((v) => maskValue(v, keys));
  if (typeof value !== "object" || value === null) return value;
  const out: Record<string, unknown> = {};
  const obj = value as Record<string, unknown>;
  // A PATCH operation naming a masked attribute in its path: its value is masked whatever its shape.
  const opPath = typeof obj.path === "string" && "op" in obj ? obj.path : null;
  const opMasked = opPath !== null && pathSegments(opPath).some((s) => keys.has(s));
  for (const [k, v] of Object.entries(obj)) {
    if (opMasked && k === "value") out[k] = MASK;
    else if (keys.has(attributeKey(k)) && (typeof v !== "object" || v === null || Array.isArray(v)))
      out[k] = Array.isArray(v) ? v.map(() => MASK) : MASK;
    else out[k] = maskValue(v, keys);
  }
  return out;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

export function maskScimBody(text: string | null, attributes: readonly string[]): string | null {
  if (text === null || attributes.length === 0) return text;
  const keys = new Set(attributes.map(attributeKey).filter(Boolean));
  if (keys.size === 0) return text;
  try {
    return JSON.stringify(maskValue(JSON.parse(text), keys), null, 2);
  } catch {
    // Not JSON (a body cut short when it was stored): mask "name": value pairs as text.
    let out = text;
    for (const key of keys)
      out = out.replace(
        new RegExp(`("(?:[^"]*[:.])?${escape(key)}"\\s*:\\s*)("(?:[^"\\\\]|\\\\.)*"|[^,}\\]\\s]+)`, "gi"),
        `$1"${MASK}"`,
      );
    return out;
  }
}

/** The SCIM requests a log entry kept ({ changeId, requests: [...] } as JSON text), with response bodies masked. */
export function maskSentRequestsJson(text: string | null, attributes: readonly string[]): string | null {
  if (!text || attributes.length === 0) return text;
  try {
    const value = JSON.parse(text) as { requests?: { responseBody?: unknown; requestBody?: unknown }[] };
    for (const r of value.requests ?? []) {
      for (const key of ["responseBody", "requestBody"] as const) {
        if (r[key] === undefined) continue;
        const body = typeof r[key] === "string" ? (r[key] as string) : JSON.stringify(r[key]);
        const masked = maskScimBody(body, attributes)!;
        try {
          r[key] = JSON.parse(masked);
        } catch {
          r[key] = masked;
        }
      }
    }
    return JSON.stringify(value);
  } catch {
    return maskScimBody(text, attributes);
  }
}
