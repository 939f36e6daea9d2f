// Keyset paging over (at, id): a page is "the rows after this one in date order", so every page, however deep,
// costs one index seek. Cursors are opaque in the URL: direction, timestamp, the row's position (for the
// "51–100 of …" label only) and id.
import { col, sql, type Sql } from "@/lib/db/sql";
import type { SortOrder } from "./provisioning-log-filters";

export type Cursor = { dir: "after" | "before"; at: Date; id: string; offset: number };
export type KeyRow = { at: Date; id: string };

export function encodeCursor(c: Cursor): string {
  return `${c.dir === "after" ? "a" : "b"}${c.at.getTime()}.${c.offset}.${c.id}`;
}

export function decodeCursor(text: string | undefined | null): Cursor | null {
  const m = /^([ab])(\d{1,15})\.(\d{1,9})\.([A-Za-z0-9_-]{1,64})$/.exec(text ?? "");
  if (!m) return null;
  return { dir: m[1] === "a" ? "after" : "before", at: new Date(Number(m[2])), offset: Number(m[3]), id: m[4]! };
}

export const flip = (order: SortOrder): SortOrder => (order === "asc" ? "desc" : "asc");

/** Rows strictly after `key` in `order`; written as `at <= k AND (at < k OR id < i)` so SQLite keeps the index range. */
export function seekAfter(order: SortOrder, key: KeyRow): Sql {
  const at = col("at");
  const id = col("id");
  return order === "desc"
    ? sql`${at} <= ${key.at} AND (${at} < ${key.at} OR ${id} < ${key.id})`
    : sql`${at} >= ${key.at} AND (${at} > ${key.at} OR ${id} > ${key.id})`;
}

export function orderBy(order: SortOrder): Sql {
  return order === "desc" ? sql`"at" DESC, "id" DESC` : sql`"at" ASC, "id" ASC`;
}

export type PageLinks = { previous: string | null; next: string | null; offset: number };

/**
 * Given the rows fetched for a page (pageSize + 1 asked, in the page's own order), returns the page in display
 * order and the cursors of its neighbours.
 */
export function settlePage<T extends KeyRow>(
  fetched: T[],
  pageSize: number,
  cursor: Cursor | null,
): { rows: T[]; links: PageLinks } {
  const hasMore = fetched.length > pageSize;
  const page = fetched.slice(0, pageSize);
  const backwards = cursor?.dir === "before";
  const rows = backwards ? page.reverse() : page;
  // Paging back to the very first rows puts the label at 1 again, whatever the cursor remembered.
  const offset = !cursor ? 0 : backwards ? (hasMore ? Math.max(0, cursor.offset - rows.length) : 0) : cursor.offset;
  const first = rows[0];
  const last = rows[rows.length - 1];
  const hasPrevious = backwards ? hasMore : Boolean(cursor);
  const hasNext = backwards ? true : hasMore;
  return {
    rows,
    links: {
      offset,
      previous: hasPrevious && first ? encodeCursor({ dir: "before", at: first.at, id: first.id, offset }) : null,
      next:
        hasNext && last ? encodeCursor({ dir: "after", at: last.at, id: last.id, offset: offset + rows.length }) : null,
    },
  };
}
