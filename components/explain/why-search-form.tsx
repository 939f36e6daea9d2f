// The help desk's one search box: a plain GET form, so the search lives in the URL and works without script.
export function WhySearchForm({ action, value }: { action: string; value: string }) {
  return (
    <form action={action} method="get" role="search" aria-label="Find a person or group" className="space-y-2">
      <label htmlFor="why-q" className="block text-sm font-medium text-slate-800">
        Find a person or group
      </label>
      <div className="flex flex-col gap-2 sm:flex-row">
        <input
          id="why-q"
          name="q"
          type="search"
          defaultValue={value}
          autoComplete="off"
          maxLength={200}
          placeholder="Name, email, user name or an id"
          aria-describedby="why-q-hint"
          className="w-full min-w-0 rounded-md border border-slate-300 px-3 py-2 text-sm shadow-sm focus:border-brand-600 focus:ring-1 focus:ring-brand-600 focus:outline-none sm:max-w-xl"
        />
        <button
          type="submit"
          className="rounded-md bg-brand-600 px-4 py-2 text-sm font-medium text-white shadow-sm hover:bg-brand-700"
        >
          Search
        </button>
      </div>
      <p id="why-q-hint" className="text-xs text-slate-600">
        Matches the start of any word of a name (&ldquo;quinn&rdquo;), an email or user name (also its domain,
        &ldquo;@fabrikam&rdquo;), or an id shown in the console or the provisioning logs.
      </p>
    </form>
  );
}
