"use client";
// The log viewers' filter bar: a form whose fields become URL search params (so a filtered view can be shared or
// bookmarked). Selects and toggles apply at once; text fields on Enter or Apply.
import { useState, useTransition } from "react";
import Link from "next/link";
import { usePathname, useRouter, useSearchParams } from "next/navigation";

export type FilterField =
  | {
      kind: "select";
      name: string;
      label: string;
      value: string;
      options: { value: string; label: string }[];
      allLabel?: string;
    }
  | {
      kind: "text";
      name: string;
      label: string;
      value: string;
      placeholder?: string;
      wide?: boolean;
      /** Shown under the field, so the rule stays visible while typing. */ hint?: string;
    }
  | { kind: "checkbox"; name: string; label: string; checked: boolean };

export type DateFilter = { range: string; from?: string; to?: string; options: { value: string; label: string }[] };

const input = "rounded-md border border-slate-300 bg-white px-3 py-2 text-sm";

export function LogFilterBar({ label, fields, date }: { label: string; fields: FilterField[]; date: DateFilter }) {
  const router = useRouter();
  const pathname = usePathname();
  const params = useSearchParams();
  const [range, setRange] = useState(date.range);
  const [isPending, startTransition] = useTransition();

  function apply(form: HTMLFormElement) {
    const next = new URLSearchParams();
    for (const [key, value] of new FormData(form))
      if (typeof value === "string" && value.trim() !== "") next.set(key, value.trim());
    if (next.get("range") !== "custom") {
      next.delete("from");
      next.delete("to");
    }
    const sort = params.get("sort");
    if (sort) next.set("sort", sort);
    startTransition(() => router.push(next.size ? `${pathname}?${next.toString()}` : pathname));
  }
  const submitNow = (e: React.ChangeEvent<HTMLInputElement | HTMLSelectElement>) =>
    e.currentTarget.form?.requestSubmit();

  return (
    <form
      aria-label={label}
      onSubmit={(e) => {
        e.preventDefault();
        apply(e.currentTarget);
      }}
      className={`flex flex-wrap items-end gap-3 rounded-lg border border-slate-200 bg-white p-4 shadow-sm ${isPending ? "opacity-70" : ""}`}
    >
      {fields
        .filter((f) => f.kind === "text" && f.wide)
        .map(
          (f) =>
            f.kind === "text" && (
              <div key={f.name} className="flex w-full flex-col gap-1 text-sm sm:w-auto sm:min-w-64 sm:flex-1">
                <label className="flex flex-col gap-1">
                  <span className="font-medium text-slate-700">{f.label}</span>
                  <input
                    type="search"
                    name={f.name}
                    defaultValue={f.value}
                    placeholder={f.placeholder}
                    className={input}
                    aria-describedby={f.hint ? `${f.name}-hint` : undefined}
                  />
                </label>
                {f.hint && (
                  <span id={`${f.name}-hint`} className="text-xs text-slate-600">
                    {f.hint}
                  </span>
                )}
              </div>
            ),
        )}
      <label className="flex w-full flex-col gap-1 text-sm sm:w-auto">
        <span className="font-medium text-slate-700">Date</span>
        <select
          name="range"
          value={range}
          onChange={(e) => {
            setRange(e.target.value);
            if (e.target.value !== "custom") submitNow(e);
          }}
          className={`${input} pr-8`}
        >
          {date.options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      </label>
      {range === "custom" && (
        <>
          <label className="flex w-full flex-col gap-1 text-sm sm:w-auto">
            <span className="font-medium text-slate-700">From (UTC)</span>
            <input type="datetime-local" name="from" defaultValue={date.from} className={input} />
          </label>
          <label className="flex w-full flex-col gap-1 text-sm sm:w-auto">
            <span className="font-medium text-slate-700">To (UTC)</span>
            <input type="datetime-local" name="to" defaultValue={date.to} className={input} />
          </label>
        </>
      )}
      {fields.map((f) => {
        if (f.kind === "select") {
          return (
            <label key={f.name} className="flex w-full flex-col gap-1 text-sm sm:w-auto">
              <span className="font-medium text-slate-700">{f.label}</span>
              <select name={f.name} defaultValue={f.value} onChange={submitNow} className={`${input} pr-8`}>
                <option value="">{f.allLabel ?? "All"}</option>
                {f.options.map((o) => (
                  <option key={o.value} value={o.value}>
                    {o.label}
                  </option>
                ))}
              </select>
            </label>
          );
        }
        if (f.kind === "text" && !f.wide) {
          return (
            <label key={f.name} className="flex w-full flex-col gap-1 text-sm sm:w-auto">
              <span className="font-medium text-slate-700">{f.label}</span>
              <input
                type="text"
                name={f.name}
                defaultValue={f.value}
                placeholder={f.placeholder}
                className={`${input} w-full font-mono text-xs sm:w-44`}
              />
            </label>
          );
        }
        if (f.kind === "checkbox") {
          return (
            <label key={f.name} className="flex items-center gap-2 self-center pt-5 text-sm">
              <input
                type="checkbox"
                name={f.name}
                value="1"
                defaultChecked={f.checked}
                onChange={submitNow}
                className="h-4 w-4 rounded border-slate-300"
              />
              <span className="font-medium text-slate-700">{f.label}</span>
            </label>
          );
        }
        return null;
      })}
      <div className="flex items-center gap-3">
        <button
          type="submit"
          className="rounded-md bg-brand-600 px-4 py-2 text-sm font-medium text-white hover:bg-brand-700"
        >
          Apply
        </button>
        <Link href={pathname} className="text-sm text-brand-700 underline">
          Clear filters
        </Link>
      </div>
    </form>
  );
}
