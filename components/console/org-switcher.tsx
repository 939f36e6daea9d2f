"use client";
import { useRouter } from "next/navigation";

type Org = { slug: string; name: string };

export function OrgSwitcher({ orgs, current }: { orgs: Org[]; current: string }) {
  const router = useRouter();
  return (
    <label className="flex items-center gap-2 text-sm">
      <span className="sr-only">Organization</span>
      <select
        value={current}
        onChange={(e) => router.push(`/o/${e.target.value}`)}
        className="max-w-40 rounded-md border border-slate-300 bg-white py-1.5 pr-8 pl-2 text-sm font-medium sm:max-w-xs"
      >
        {orgs.map((o) => (
          <option key={o.slug} value={o.slug}>
            {o.name}
          </option>
        ))}
      </select>
    </label>
  );
}
