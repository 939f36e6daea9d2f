"use client";
// The data table's column chooser: a "Columns" menu of checkboxes; the choice is kept per table in this browser
// (localStorage), so a wide log fits the screen with the columns its reader needs.
import { useSyncExternalStore } from "react";
import type { VisibilityState } from "@tanstack/react-table";

export type ColumnChoice = { storageKey: string; hiddenByDefault: string[] };

const defaults = (choice?: ColumnChoice): VisibilityState =>
  Object.fromEntries((choice?.hiddenByDefault ?? []).map((id) => [id, false]));

const CHANGED = "org-center:columns-changed";

function subscribe(onChange: () => void) {
  window.addEventListener("storage", onChange);
  window.addEventListener(CHANGED, onChange);
  return () => {
    window.removeEventListener("storage", onChange);
    window.removeEventListener(CHANGED, onChange);
  };
}

function savedVisibility(text: string | null): VisibilityState {
  try {
    const saved = JSON.parse(text ?? "null") as unknown;
    if (saved && typeof saved === "object" && !Array.isArray(saved))
      return Object.fromEntries(Object.entries(saved).filter(([, v]) => typeof v === "boolean"));
  } catch {
    // An unreadable saved choice falls back to the defaults.
  }
  return {};
}

export function useColumnChoice(choice?: ColumnChoice): [VisibilityState, (id: string, isVisible: boolean) => void] {
  const key = choice ? `org-center:columns:${choice.storageKey}` : null;
  const saved = useSyncExternalStore(
    subscribe,
    () => (key ? window.localStorage.getItem(key) : null),
    () => null,
  );
  const visibility = { ...defaults(choice), ...savedVisibility(saved) };
  function setColumnVisible(id: string, isVisible: boolean) {
    if (!key) return;
    window.localStorage.setItem(key, JSON.stringify({ ...visibility, [id]: isVisible }));
    window.dispatchEvent(new Event(CHANGED));
  }
  return [visibility, setColumnVisible];
}

export function ColumnChooser({
  columns,
  onChange,
}: {
  columns: { id: string; label: string; isVisible: boolean }[];
  onChange: (id: string, isVisible: boolean) => void;
}) {
  const shown = columns.filter((c) => c.isVisible).length;
  return (
    <details className="relative text-sm">
      <summary className="cursor-pointer list-none rounded-md bg-white px-3 py-2 font-medium ring-1 ring-slate-300 hover:bg-slate-50">
        Columns{" "}
        <span className="text-slate-600">
          ({shown + 1} of {columns.length + 1})
        </span>
      </summary>
      <fieldset className="absolute z-20 mt-1 w-56 rounded-md border border-slate-200 bg-white p-3 shadow-lg">
        <legend className="sr-only">Columns to show</legend>
        {columns.map((c) => (
          <label key={c.id} className="flex items-center gap-2 py-1">
            <input
              type="checkbox"
              checked={c.isVisible}
              onChange={(e) => onChange(c.id, e.target.checked)}
              className="h-4 w-4 rounded border-slate-300"
            />
            {c.label}
          </label>
        ))}
      </fieldset>
    </details>
  );
}
