import Link from "next/link";

// The source directory's sections, with the actions an admin has.
export function SourceTabs({
  orgSlug,
  current,
  canWrite,
}: {
  orgSlug: string;
  current: "users" | "groups" | "import";
  canWrite: boolean;
}) {
  const base = `/o/${orgSlug}/source-directory`;
  const tab = (key: string, href: string, label: string) => (
    <Link
      href={href}
      aria-current={current === key ? "page" : undefined}
      className={`rounded-md px-3 py-1.5 text-sm font-medium ${current === key ? "bg-brand-50 text-brand-800" : "text-slate-700 hover:bg-slate-100"}`}
    >
      {label}
    </Link>
  );
  return (
    <div className="mb-4 flex flex-wrap items-center justify-between gap-3">
      <nav aria-label="Source directory" className="flex gap-2">
        {tab("users", `${base}/users`, "Users")}
        {tab("groups", `${base}/groups`, "Groups")}
        {canWrite && tab("import", `${base}/import`, "Import CSV")}
      </nav>
      <div className="flex items-center gap-3 text-sm">
        <a
          href={`/api/orgs/${orgSlug}/source-directory/export`}
          className="font-medium text-brand-700 hover:underline"
          download
        >
          Export CSV
        </a>
        {canWrite && current === "users" && (
          <Link
            href={`${base}/users/new`}
            className="rounded-md bg-brand-600 px-3 py-1.5 font-medium text-white hover:bg-brand-700"
          >
            New user
          </Link>
        )}
        {canWrite && current === "groups" && (
          <Link
            href={`${base}/groups/new`}
            className="rounded-md bg-brand-600 px-3 py-1.5 font-medium text-white hover:bg-brand-700"
          >
            New group
          </Link>
        )}
      </div>
    </div>
  );
}
