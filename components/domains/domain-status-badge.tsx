import type { DomainStatus } from "@/lib/domains/domain-status";

const STYLES: Record<DomainStatus, string> = {
  pending: "bg-amber-50 text-amber-900 ring-amber-200",
  verified: "bg-green-50 text-green-800 ring-green-200",
  expired: "bg-red-50 text-red-800 ring-red-200",
};
const LABELS: Record<DomainStatus, string> = { pending: "Pending", verified: "Verified", expired: "Expired" };

export function DomainStatusBadge({ status }: { status: DomainStatus }) {
  return (
    <span className={`inline-flex rounded-full px-2 py-0.5 text-xs font-medium ring-1 ${STYLES[status]}`}>
      {LABELS[status]}
    </span>
  );
}
