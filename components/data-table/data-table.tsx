"use client";
// The one wrapper around TanStack Table: the server pages, sorts and searches; state lives in the URL. The first
// column is the key column: it stays in view while a wide table scrolls sideways inside its own box. A short list
// (a group's members, an editor's rows) leaves out `page` and `sort`: all its rows, no pager, no sort buttons.
import { useRef, useTransition, type ReactNode } from "react";
import { usePathname, useRouter, useSearchParams } from "next/navigation";
import {
  getCoreRowModel,
  useReactTable,
  type ColumnDef,
  type ColumnMeta,
  type RowData,
  type SortingState,
} from "@tanstack/react-table";
import { ColumnChooser, useColumnChoice, type ColumnChoice } from "./column-chooser";

declare module "@tanstack/react-table" {
  // TanStack's extension point for per-column options; the type parameters must repeat the library's declaration.
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  interface ColumnMeta<TData extends RowData, TValue> {
    /** Header and cells: numbers read best right-aligned, a column of checkboxes centred. */
    align?: "right" | "center";
    /** Long text (a path, a JSON value, an error) wraps instead of widening the table. */
    isWrapping?: boolean;
    /** The header is for screen readers only (an actions column). */
    isHeaderHidden?: boolean;
  }
}

export type DataTableProps<T> = {
  /** A column without `cell` shows its value as is, so a server page can pass rows of rendered cells (`accessorKey`). */
  columns: ColumnDef<T, unknown>[];
  rows: T[];
  /** Server paging: omit `page` for a short list shown whole, without a pager. */
  total?: number;
  /** `total` is where the server stopped counting: shown as "more than …". */
  isTotalCapped?: boolean;
  page?: number;
  pageSize?: number;
  /** The server's sort; a table without one has no sort buttons. */
  sort?: { id: string; desc: boolean };
  searchLabel?: string;
  search?: string;
  /** The table's accessible name; screen readers only unless `isCaptionVisible`. */
  caption: string;
  isCaptionVisible?: boolean;
  emptyMessage?: ReactNode;
  /** Select filters kept in the URL (e.g. status=active); "" means all. */
  filters?: { name: string; label: string; value: string; options: { value: string; label: string }[] }[];
  /** Keyset paging for large logs: Previous/Next move a `cursor` URL param instead of `page`; the summary labels the rows shown. */
  cursorPager?: { summary: string; previous: string | null; next: string | null };
  /** Lets the reader hide and show columns (kept in this browser); the key column is always shown. */
  columnChooser?: ColumnChoice;
  /** The key column's cells are row headers (th scope="row"), so each row is named by them (a chart's day). */
  hasRowHeaders?: boolean;
  /** Tighter cells, for a table inside a form or a summary. */
  density?: "compact";
  /** A stable row key for rows that are edited in place (the default is the row's index). */
  getRowId?: (row: T, index: number) => string;
  /** A tooltip over the whole row (e.g. a mapping described in words). */
  getRowTitle?: (row: T) => string;
};

/** A row a server page renders itself: each value is the cell's content, under its column's `accessorKey`. */
export type CellRow = Record<string, ReactNode>;

// Below 768 px the key column stays in view but takes 8 rem to 45% of the screen and wraps between words: wider, it would cover the
// columns scrolled beneath it (a long app name hid the Overview's "2 failed" link).
const KEY_COLUMN_ON_PHONE =
  "max-md:first:min-w-32 max-md:first:max-w-[45vw] max-md:first:whitespace-normal max-md:first:break-words";

// Headers and cells are render functions called in place, not components: flexRender would mount a column rebuilt
// on each render as a new component type, and an input in a cell would lose its focus at every keystroke.
const render = <C,>(template: ReactNode | ((context: C) => ReactNode) | undefined, context: C) =>
  typeof template === "function" ? template(context) : template;

const alignClass = (meta?: ColumnMeta<unknown, unknown>) =>
  meta?.align === "right" ? "text-right" : meta?.align === "center" ? "text-center" : "text-left";
const wrapClass = (meta?: ColumnMeta<unknown, unknown>) =>
  meta?.isWrapping ? "min-w-40 whitespace-normal wrap-anywhere" : "whitespace-nowrap";

export function DataTable<T>({
  columns,
  rows,
  total = rows.length,
  isTotalCapped = false,
  page,
  pageSize = rows.length || 1,
  sort,
  searchLabel,
  search,
  caption,
  isCaptionVisible,
  emptyMessage = "Nothing to show.",
  filters = [],
  cursorPager,
  columnChooser,
  hasRowHeaders,
  density,
  getRowId,
  getRowTitle,
}: DataTableProps<T>) {
  const router = useRouter();
  const pathname = usePathname();
  const params = useSearchParams();
  const [isPending, startTransition] = useTransition();
  // The query of a navigation still in flight: a second change made before it lands (a filter, then a search)
  // builds on it rather than on the URL of the last render, which would drop the first change.
  const pendingQuery = useRef<string | null>(null);
  const pageCount = Math.max(1, Math.ceil(total / pageSize));

  function navigate(changes: Record<string, string | undefined>) {
    const next = new URLSearchParams(
      isPending && pendingQuery.current !== null ? pendingQuery.current : params.toString(),
    );
    // A new sort, search or filter starts again from the first rows.
    if (!("cursor" in changes)) next.delete("cursor");
    for (const [key, value] of Object.entries(changes)) {
      if (value === undefined || value === "") next.delete(key);
      else next.set(key, value);
    }
    pendingQuery.current = next.toString();
    startTransition(() => router.push(`${pathname}?${next.toString()}`));
  }

  const sorting: SortingState = sort ? [sort] : [];
  const [columnVisibility, setColumnVisible] = useColumnChoice(columnChooser);
  // TanStack Table hands back new functions every render, so React Compiler leaves this component as written.
  // eslint-disable-next-line react-hooks/incompatible-library
  const table = useReactTable({
    data: rows,
    columns,
    // A server page's rows are already rendered cells: a column without `cell` shows its value.
    defaultColumn: { cell: ({ getValue }) => getValue() as ReactNode },
    getRowId,
    state: { sorting, columnVisibility },
    manualSorting: true,
    manualPagination: true,
    pageCount,
    getCoreRowModel: getCoreRowModel(),
  });
  const pad = density === "compact" ? "px-3 py-1.5" : "px-4 py-2.5";
  const isEmpty = rows.length === 0;
  const hasToolbar = Boolean(searchLabel) || filters.length > 0 || Boolean(columnChooser);

  return (
    <div className="space-y-3">
      {hasToolbar && (
        <div className="flex flex-wrap items-center gap-3">
          {searchLabel && (
            <form
              role="search"
              onSubmit={(e) => {
                e.preventDefault();
                navigate({ q: String(new FormData(e.currentTarget).get("q") ?? ""), page: undefined });
              }}
              className="flex w-full gap-2 sm:w-auto"
            >
              <label className="sr-only" htmlFor="table-search">
                {searchLabel}
              </label>
              <input
                id="table-search"
                name="q"
                type="search"
                defaultValue={search}
                placeholder={searchLabel}
                className="w-full min-w-0 rounded-md border border-slate-300 px-3 py-2 text-sm sm:w-80"
              />
              <button
                type="submit"
                className="rounded-md bg-white px-3 py-2 text-sm font-medium ring-1 ring-slate-300 hover:bg-slate-50"
              >
                Search
              </button>
            </form>
          )}
          {filters.map((f) => (
            <label key={f.name} className="flex max-w-full min-w-0 items-center gap-2 text-sm">
              <span className="shrink-0 font-medium text-slate-700">{f.label}</span>
              {/* A select is as wide as its longest option (a long source name): it may shrink to the screen and ellipsize. */}
              <select
                value={f.value}
                onChange={(e) => navigate({ [f.name]: e.target.value, page: undefined })}
                className="max-w-full min-w-0 truncate rounded-md border border-slate-300 bg-white py-2 pr-8 pl-2 text-sm sm:max-w-xs"
              >
                <option value="">All</option>
                {f.options.map((o) => (
                  <option key={o.value} value={o.value}>
                    {o.label}
                  </option>
                ))}
              </select>
            </label>
          ))}
          {columnChooser && (
            <ColumnChooser
              columns={table
                .getAllLeafColumns()
                .slice(1)
                .map((c) => ({
                  id: c.id,
                  label: typeof c.columnDef.header === "string" ? c.columnDef.header : c.id,
                  isVisible: c.getIsVisible(),
                }))}
              onChange={setColumnVisible}
            />
          )}
        </div>
      )}
      <div
        className={`relative overflow-x-auto rounded-lg border border-slate-200 bg-white shadow-sm ${isPending ? "opacity-60" : ""}`}
      >
        <table className="min-w-full divide-y divide-slate-200 text-sm">
          <caption
            className={
              isCaptionVisible
                ? "border-b border-slate-200 px-4 py-2.5 text-left font-semibold text-slate-700"
                : "sr-only"
            }
          >
            {caption}
          </caption>
          <thead className="bg-slate-50">
            {table.getHeaderGroups().map((group) => (
              <tr key={group.id}>
                {group.headers.map((header) => {
                  const meta = header.column.columnDef.meta;
                  const sorted = header.column.getIsSorted();
                  // Sorting happens on the server, so a sorted table's column is sortable unless it says otherwise.
                  const canSort = sort !== undefined && header.column.columnDef.enableSorting !== false;
                  const toggle = () =>
                    navigate({ sort: `${header.column.id}:${sorted === "asc" ? "desc" : "asc"}`, page: undefined });
                  const label = render(header.column.columnDef.header, header.getContext());
                  return (
                    <th
                      key={header.id}
                      scope="col"
                      aria-sort={sorted ? (sorted === "asc" ? "ascending" : "descending") : undefined}
                      className={`bg-slate-50 whitespace-nowrap ${pad} ${alignClass(meta)} font-semibold text-slate-700 first:sticky first:left-0 first:z-[1] ${KEY_COLUMN_ON_PHONE}`}
                    >
                      {meta?.isHeaderHidden ? (
                        <span className="sr-only">{label}</span>
                      ) : canSort ? (
                        <button
                          type="button"
                          onClick={toggle}
                          className="inline-flex items-center gap-1 hover:text-brand-700"
                        >
                          {label}
                          <span aria-hidden="true">{sorted === "asc" ? "▲" : sorted === "desc" ? "▼" : "↕"}</span>
                        </button>
                      ) : (
                        label
                      )}
                    </th>
                  );
                })}
              </tr>
            ))}
          </thead>
          {!isEmpty && (
            <tbody className="divide-y divide-slate-100">
              {table.getRowModel().rows.map((row) => (
                <tr key={row.id} title={getRowTitle?.(row.original)} className="bg-white hover:bg-slate-50">
                  {row.getVisibleCells().map((cell, index) => {
                    const meta = cell.column.columnDef.meta;
                    // Baseline: a cell's first line lines up with its neighbours', whether they hold text, a badge or a select.
                    const className = `bg-inherit align-baseline ${pad} ${alignClass(meta)} ${wrapClass(meta)} first:sticky first:left-0 first:z-[1] ${KEY_COLUMN_ON_PHONE}`;
                    const content = render(cell.column.columnDef.cell, cell.getContext());
                    return hasRowHeaders && index === 0 ? (
                      <th key={cell.id} scope="row" className={`${className} font-medium`}>
                        {content}
                      </th>
                    ) : (
                      <td key={cell.id} className={className}>
                        {content}
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          )}
        </table>
        {/* Under the table rather than in a row spanning it: a row is as wide as all the columns, wider than a phone. */}
        {isEmpty && (
          <p className="border-t border-slate-200 px-4 py-8 text-left text-slate-600 sm:text-center">{emptyMessage}</p>
        )}
      </div>
      {cursorPager ? (
        <nav
          aria-label="Pagination"
          className="flex flex-wrap items-center justify-between gap-2 text-sm text-slate-700"
        >
          <span>{cursorPager.summary}</span>
          <span className="flex items-center gap-2">
            <button
              type="button"
              disabled={!cursorPager.previous}
              onClick={() => navigate({ cursor: cursorPager.previous ?? undefined })}
              className="rounded-md px-3 py-1.5 ring-1 ring-slate-300 disabled:opacity-40"
            >
              Previous
            </button>
            <button
              type="button"
              disabled={!cursorPager.next}
              onClick={() => navigate({ cursor: cursorPager.next ?? undefined })}
              className="rounded-md px-3 py-1.5 ring-1 ring-slate-300 disabled:opacity-40"
            >
              Next
            </button>
          </span>
        </nav>
      ) : (
        page !== undefined && (
          <nav
            aria-label="Pagination"
            className="flex flex-wrap items-center justify-between gap-2 text-sm text-slate-700"
          >
            <span>
              {total === 0
                ? "0 results"
                : `${(page - 1) * pageSize + 1}–${Math.min(page * pageSize, total)} of ${isTotalCapped ? "more than " : ""}${total}`}
              {/* The server counted no further than `total`: pages past it are not reachable, so say what to do. */}
              {isTotalCapped && page >= pageCount ? ": narrow the search to see the rest" : ""}
            </span>
            <span className="flex items-center gap-2">
              <button
                type="button"
                disabled={page <= 1}
                onClick={() => navigate({ page: String(page - 1) })}
                className="rounded-md px-3 py-1.5 ring-1 ring-slate-300 disabled:opacity-40"
              >
                Previous
              </button>
              <span>{isTotalCapped ? `Page ${page}` : `Page ${page} of ${pageCount}`}</span>
              <button
                type="button"
                disabled={page >= pageCount}
                onClick={() => navigate({ page: String(page + 1) })}
                className="rounded-md px-3 py-1.5 ring-1 ring-slate-300 disabled:opacity-40"
              >
                Next
              </button>
            </span>
          </nav>
        )
      )}
    </div>
  );
}
