// An audit event's old or new value (stored as JSON) as the lines a person reads: "status: pending", nested
// objects as dotted names ("settings.enabled: true"), lists joined with commas. Pure; unit-tested.

export type AuditLine = { name: string; value: string };

const MAX_LINES = 20;

function scalar(value: unknown): string {
  if (value === null || value === undefined) return "(none)";
  if (typeof value === "string") return value === "" ? "(empty)" : value;
  if (Array.isArray(value))
    return value.length === 0
      ? "(none)"
      : value.map((v) => (typeof v === "object" && v !== null ? JSON.stringify(v) : scalar(v))).join(", ");
  return String(value);
}

function flatten(value: unknown, prefix: string, out: AuditLine[]): void {
  if (value !== null && typeof value === "object" && !Array.isArray(value)) {
    const entries = Object.entries(value as Record<string, unknown>);
    if (entries.length === 0 && prefix) out.push({ name: prefix, value: "(none)" });
    for (const [key, inner] of entries) flatten(inner, prefix ? `${prefix}.${key}` : key, out);
    return;
  }
  out.push({ name: prefix || "value", value: scalar(value) });
}

/** null when there is no value; otherwise at most 20 lines (the rest summarised as "… n more"). */
export function describeAuditValue(json: string | null | undefined): AuditLine[] | null {
  if (json === null || json === undefined || json === "") return null;
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch {
    return [{ name: "value", value: json }];
  }
  const lines: AuditLine[] = [];
  flatten(parsed, "", lines);
  return lines.length > MAX_LINES
    ? [...lines.slice(0, MAX_LINES), { name: "…", value: `${lines.length - MAX_LINES} more` }]
    : lines;
}
