"use client";
import Link from "next/link";
import { usePathname } from "next/navigation";

export function ConsoleNav({ items, base }: { items: { href: string; label: string }[]; base: string }) {
  const pathname = usePathname();
  return (
    <nav aria-label="Console" className="flex flex-col gap-1 p-3">
      {items.map((item) => {
        const active =
          item.href === base
            ? pathname === base
            : pathname === item.href || pathname.startsWith(item.href.replace(/\/users$/, "") + "/");
        return (
          <Link
            key={item.href}
            href={item.href}
            aria-current={active ? "page" : undefined}
            className={`rounded-md px-3 py-2 text-sm font-medium ${active ? "bg-brand-50 text-brand-800" : "text-slate-700 hover:bg-slate-100"}`}
          >
            {item.label}
          </Link>
        );
      })}
    </nav>
  );
}
