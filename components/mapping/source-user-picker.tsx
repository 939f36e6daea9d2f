"use client";
// Test expression's source user: a search over the whole identity source (the suggestion route: the start of any
// word of the name, UPN or mail) and its bounded matches; reports the chosen UPN and whether a search is under way.
import { useEffect, useState } from "react";

type Suggestion = { value: string; label: string };
const LIMIT = 20; // the suggestion route's page size

type Props = {
  suggestUrl: string;
  value: string;
  onChange: (upn: string) => void;
  onSearchingChange: (searching: boolean) => void;
};

/** Renders items of the caller's flex row: search, chooser, and the match count last on a line of its own. */
export function SourceUserPicker({ suggestUrl, value, onChange, onSearchingChange }: Props) {
  const [query, setQuery] = useState("");
  const [loaded, setLoaded] = useState<{ query: string; matches: Suggestion[] } | null>(null);
  const [failed, setFailed] = useState(false);
  const matches = loaded?.matches ?? null;
  // Until the matches of what was typed arrive, the chosen user may still change: the caller waits to test.
  const searching = loaded?.query !== query && !failed;

  useEffect(() => {
    const controller = new AbortController();
    const timer = setTimeout(async () => {
      const res = await fetch(`${suggestUrl}?${new URLSearchParams({ type: "user", q: query })}`, {
        signal: controller.signal,
        cache: "no-store",
      }).catch(() => null);
      if (controller.signal.aborted) return;
      if (!res?.ok) return setFailed(true);
      const { suggestions } = (await res.json()) as { suggestions: Suggestion[] };
      setFailed(false);
      setLoaded({ query, matches: suggestions });
    }, 150);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [query, suggestUrl]);

  // The list shows only matches, so the chosen user is always one of them (the first when the search changes).
  useEffect(() => {
    if (matches && !matches.some((m) => m.value === value)) onChange(matches[0]?.value ?? "");
  }, [matches, value, onChange]);
  useEffect(() => onSearchingChange(searching), [searching, onSearchingChange]);

  return (
    <>
      <div className="min-w-0 basis-56">
        <label htmlFor="expr-user-search" className="block text-xs font-medium text-slate-700">
          Search by name, UPN or mail
        </label>
        <input
          id="expr-user-search"
          type="search"
          autoComplete="off"
          value={query}
          onChange={(e) => {
            setFailed(false);
            setQuery(e.target.value);
          }}
          maxLength={200}
          placeholder="e.g. ada, lovelace or ada.lovelace@"
          aria-describedby="expr-user-status"
          className="mt-1 block w-full rounded-md border border-slate-300 px-2 py-1 text-sm"
        />
      </div>
      <div className="max-w-full min-w-0">
        <label htmlFor="expr-user" className="block text-xs font-medium text-slate-700">
          Source user
        </label>
        <select
          id="expr-user"
          className="mt-1 block w-full max-w-full rounded-md border border-slate-300 px-2 py-1 text-sm"
          value={value}
          onChange={(e) => onChange(e.target.value)}
          disabled={!matches?.length}
        >
          {matches?.map((m) => (
            <option key={m.value} value={m.value}>
              {m.label === m.value ? m.value : `${m.label} (${m.value})`}
            </option>
          ))}
        </select>
      </div>
      <p id="expr-user-status" role="status" className="order-last w-full text-xs text-slate-600">
        {failed
          ? "Source users could not be searched; try again."
          : matches === null || searching
            ? "Searching source users…"
            : matches.length === 0
              ? query.trim()
                ? `No source user has a name, user principal name or mail starting with "${query.trim()}".`
                : "Add users to the source directory to test against."
              : matches.length >= LIMIT
                ? `The first ${LIMIT} matches; type more of a name to narrow them.`
                : `${matches.length} matching ${matches.length === 1 ? "user" : "users"}.`}
      </p>
    </>
  );
}
