// Pure helpers for a domain's state as users see it: the effective status (a pending domain past its deadline
// is expired even before the background job records it), the countdown text, and names derived from domains.

export type DomainStatus = "pending" | "verified" | "expired";
export const REMINDER_BEFORE_MS = 2 * 86_400_000;

export function effectiveStatus(domain: { status: string; expiresAt: Date }, now = new Date()): DomainStatus {
  if (domain.status === "verified") return "verified";
  if (domain.status === "expired" || domain.expiresAt.getTime() <= now.getTime()) return "expired";
  return "pending";
}

/** "9 days 23 hours left", "5 hours 12 minutes left", "3 minutes left", or "expired". */
export function timeLeft(expiresAt: Date, now = new Date()): string {
  const ms = expiresAt.getTime() - now.getTime();
  if (ms <= 0) return "expired";
  const minutes = Math.floor(ms / 60_000);
  const days = Math.floor(minutes / 1440);
  const hours = Math.floor((minutes % 1440) / 60);
  const mins = minutes % 60;
  const plural = (n: number, unit: string) => `${n} ${unit}${n === 1 ? "" : "s"}`;
  if (days > 0) return `${plural(days, "day")} ${plural(hours, "hour")} left`;
  if (hours > 0) return `${plural(hours, "hour")} ${plural(mins, "minute")} left`;
  return `${plural(Math.max(mins, 1), "minute")} left`;
}

/** The domain part of an email address, lowercased. */
export function emailDomain(email: string): string {
  return email
    .slice(email.lastIndexOf("@") + 1)
    .trim()
    .toLowerCase()
    .replace(/\.$/, "");
}

/** A starting name for the organization a domain creates: fabrikam.example → "Fabrikam". */
export function organizationNameFor(domain: string): string {
  const labels = domain.split(".");
  const label = labels[0] === "www" && labels.length > 2 ? labels[1]! : labels[0]!;
  return (
    label
      .split("-")
      .filter(Boolean)
      .map((w) => w[0]!.toUpperCase() + w.slice(1))
      .join(" ") || domain
  );
}
