// A group entry's members added and removed, by name and UPN, each with links to the person's explanation ("Why?")
// and their log entries, and for a removed member why they left (issue 15).
import Link from "next/link";
import type { GroupMembersView, GroupMemberView } from "@/lib/logs/describe-group-members";

function Member({ m, orgSlug }: { m: GroupMemberView; orgSlug: string }) {
  return (
    <li className="rounded-md border border-slate-200 p-3">
      <div className="flex flex-wrap items-baseline gap-x-3 gap-y-1">
        <span className="font-medium">{m.displayName ?? "Unknown person"}</span>
        {m.upn && <span className="break-all text-slate-600">{m.upn}</span>}
        <span className="font-mono text-xs text-slate-500">target ID {m.targetId}</span>
      </div>
      {m.reason && <p className="mt-1 text-slate-700">{m.reason}</p>}
      {m.sourceUserId && (
        <p className="mt-1 flex flex-wrap gap-x-4">
          <Link
            href={`/o/${orgSlug}/why/users/${encodeURIComponent(m.sourceUserId)}`}
            className="text-brand-700 underline"
          >
            Why? {m.displayName ?? "this person"}&apos;s access
          </Link>
          <Link
            href={`/o/${orgSlug}/logs?range=all&q=${encodeURIComponent(m.sourceUserId)}`}
            className="text-brand-700 underline"
          >
            {m.displayName ?? "This person"}&apos;s log entries
          </Link>
        </p>
      )}
    </li>
  );
}

export function GroupMembers({ members, orgSlug }: { members: GroupMembersView; orgSlug: string }) {
  const section = (title: string, list: GroupMemberView[], more: number) =>
    list.length === 0 ? null : (
      <section aria-label={title}>
        <h3 className="mb-2 font-semibold text-slate-700">
          {title} ({list.length + more})
        </h3>
        <ul className="space-y-2">
          {list.map((m) => (
            <Member key={m.targetId} m={m} orgSlug={orgSlug} />
          ))}
        </ul>
        {more > 0 && <p className="mt-2 text-slate-600">…and {more} more, not listed in the entry.</p>}
      </section>
    );
  return (
    <div className="space-y-5 text-sm">
      {section("Members added", members.added, members.addedMore)}
      {section("Members removed", members.removed, members.removedMore)}
    </div>
  );
}
