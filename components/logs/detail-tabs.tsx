"use client";
// Accessible tabs (WAI-ARIA tablist: arrow keys, Home, End) for the entry detail's four panels. The open tab is kept
// in the URL (?tab=…), so a shared or reloaded link opens on the same tab.
import { useRef, useState } from "react";

export function DetailTabs({
  label,
  tabs,
  initial,
  param = "tab",
}: {
  label: string;
  tabs: { id: string; title: string; content: React.ReactNode }[];
  initial?: string;
  param?: string;
}) {
  const [active, setActive] = useState(() =>
    Math.max(
      0,
      tabs.findIndex((t) => t.id === initial),
    ),
  );
  const refs = useRef<(HTMLButtonElement | null)[]>([]);
  const select = (i: number) => {
    setActive(i);
    // Next's router follows history.replaceState: the URL changes without a request.
    const url = new URL(window.location.href);
    if (i === 0) url.searchParams.delete(param);
    else url.searchParams.set(param, tabs[i]!.id);
    window.history.replaceState(null, "", url.pathname + url.search + url.hash);
  };
  const focus = (i: number) => {
    const next = (i + tabs.length) % tabs.length;
    select(next);
    refs.current[next]?.focus();
  };
  return (
    <div>
      <div role="tablist" aria-label={label} className="flex flex-wrap gap-1 border-b border-slate-200">
        {tabs.map((t, i) => (
          <button
            key={t.id}
            ref={(el) => {
              refs.current[i] = el;
            }}
            type="button"
            role="tab"
            id={`tab-${t.id}`}
            aria-controls={`panel-${t.id}`}
            aria-selected={i === active}
            tabIndex={i === active ? 0 : -1}
            onClick={() => select(i)}
            onKeyDown={(e) => {
              if (e.key === "ArrowRight") focus(i + 1);
              else if (e.key === "ArrowLeft") focus(i - 1);
              else if (e.key === "Home") focus(0);
              else if (e.key === "End") focus(tabs.length - 1);
            }}
            className={`-mb-px border-b-2 px-4 py-2 text-sm font-medium ${i === active ? "border-brand-600 text-brand-800" : "border-transparent text-slate-600 hover:text-slate-900"}`}
          >
            {t.title}
          </button>
        ))}
      </div>
      {tabs.map((t, i) => (
        <div
          key={t.id}
          role="tabpanel"
          id={`panel-${t.id}`}
          aria-labelledby={`tab-${t.id}`}
          hidden={i !== active}
          tabIndex={0}
          className="pt-5"
        >
          {t.content}
        </div>
      ))}
    </div>
  );
}
