"use client";
// Add assignment: Type (User or Group) stays as chosen between assignments; suggestions of that type come from the
// whole identity source as the admin types. Submitted without React's form reset, so nothing typed is lost.
import { startTransition, useActionState, useEffect, useState } from "react";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import type { FormState } from "@/lib/errors/form-state";

type Suggestion = { value: string; label: string };
type Props = { action: (prev: FormState, data: FormData) => Promise<FormState>; suggestUrl: string };

export function AssignForm({ action, suggestUrl }: Props) {
  const [state, formAction, pending] = useActionState(action, {});
  const [type, setType] = useState<"user" | "group">("user");
  const [ref, setRef] = useState("");
  const [suggestions, setSuggestions] = useState<Suggestion[]>([]);

  // A successful assignment empties the name for the next one; the Type stays.
  const [answered, setAnswered] = useState(state);
  if (state !== answered) {
    setAnswered(state);
    if (state.ok) setRef("");
  }

  useEffect(() => {
    const controller = new AbortController();
    const timer = setTimeout(async () => {
      const res = await fetch(`${suggestUrl}?${new URLSearchParams({ type, q: ref })}`, {
        signal: controller.signal,
        cache: "no-store",
      }).catch(() => null);
      if (res?.ok) setSuggestions(((await res.json()) as { suggestions: Suggestion[] }).suggestions);
    }, 150);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [type, ref, suggestUrl]);

  function submit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const data = new FormData(e.currentTarget);
    startTransition(() => formAction(data));
  }

  return (
    <form onSubmit={submit} className="flex flex-wrap items-end gap-3" noValidate>
      <div>
        <label htmlFor="assign-type" className="block text-sm font-medium text-slate-700">
          Type
        </label>
        <select
          id="assign-type"
          name="type"
          value={type}
          onChange={(e) => {
            setType(e.target.value === "group" ? "group" : "user");
            setSuggestions([]);
          }}
          className="mt-1 rounded-md border border-slate-300 bg-white px-3 py-2 text-sm"
        >
          <option value="user">User</option>
          <option value="group">Group</option>
        </select>
      </div>
      <Field
        label="Group name or user principal name"
        name="ref"
        list="assign-suggestions"
        autoComplete="off"
        value={ref}
        onChange={(e) => setRef(e.target.value)}
        placeholder={type === "user" ? "Search users by name or user principal name" : "Search groups by name"}
        errors={state.ok ? undefined : state.fieldErrors?.ref}
        className="min-w-0 flex-1 basis-64"
      />
      <datalist id="assign-suggestions" data-type={type}>
        {suggestions.map((s) => (
          <option key={s.value} value={s.value} label={s.label} />
        ))}
      </datalist>
      <Button type="submit" disabled={pending}>
        Assign
      </Button>
      {state.message && (
        <p
          role={state.ok ? "status" : "alert"}
          className={`w-full text-sm ${state.ok ? "text-green-700" : "text-red-700"}`}
        >
          {state.message}
        </p>
      )}
    </form>
  );
}
