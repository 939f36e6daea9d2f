"use client";
// Saved views: the current filters under a name, one click away later. Personal to the signed-in user.
import { useActionState } from "react";
import Link from "next/link";
import type { FormState } from "@/lib/errors/form-state";

type Action = (prev: FormState, data: FormData) => Promise<FormState>;
type View = { id: string; name: string; href: string; deleteAction: Action };

function DeleteView({ view }: { view: View }) {
  const [state, action, pending] = useActionState(view.deleteAction, {});
  return (
    <form action={action} className="inline">
      <button
        type="submit"
        disabled={pending}
        aria-label={`Delete saved view ${view.name}`}
        className="ml-1 rounded px-1 text-slate-500 hover:bg-slate-200 hover:text-red-700"
      >
        ×
      </button>
      {state.message && !state.ok && (
        <span role="alert" className="ml-1 text-xs text-red-700">
          {state.message}
        </span>
      )}
    </form>
  );
}

export function SavedViews({
  views,
  saveAction,
  activeId,
}: {
  views: View[];
  saveAction: Action;
  activeId: string | null;
}) {
  const [state, action, pending] = useActionState(saveAction, {});
  return (
    <section aria-label="Saved views" className="flex flex-wrap items-center gap-3 text-sm">
      <span className="font-medium text-slate-700">Saved views:</span>
      {views.length === 0 && <span className="text-slate-500">none yet</span>}
      <ul className="flex flex-wrap gap-2">
        {views.map((v) => (
          <li
            key={v.id}
            className={`flex items-center rounded-full py-0.5 pr-1 pl-3 ring-1 ${v.id === activeId ? "bg-brand-50 ring-brand-600" : "bg-white ring-slate-300"}`}
          >
            <Link
              href={v.href}
              aria-current={v.id === activeId ? "true" : undefined}
              className="text-brand-700 hover:underline"
            >
              {v.name}
            </Link>
            <DeleteView view={v} />
          </li>
        ))}
      </ul>
      <form action={action} className="ml-auto flex items-center gap-2">
        <label htmlFor="saved-view-name" className="sr-only">
          Name of the view to save
        </label>
        <input
          id="saved-view-name"
          name="name"
          required
          maxLength={60}
          placeholder="Name these filters"
          defaultValue={state.ok ? "" : state.values?.name}
          className="rounded-md border border-slate-300 px-3 py-1.5 text-sm"
        />
        <button
          type="submit"
          disabled={pending}
          className="rounded-md bg-white px-3 py-1.5 font-medium ring-1 ring-slate-300 hover:bg-slate-50"
        >
          Save view
        </button>
        {state.message && (
          <span role={state.ok ? "status" : "alert"} className={state.ok ? "text-green-700" : "text-red-700"}>
            {state.message}
          </span>
        )}
      </form>
    </section>
  );
}
