// Parses a table's URL search params (page, sort, q) against the columns the server can sort on.
import { z } from "zod";

export type TableParams<S extends string> = {
  page: number;
  pageSize: number;
  sort: { id: S; desc: boolean };
  q: string;
};

/** A page number from the URL: a whole number from 1 to 1,000,000, else page 1. */
export const ZPageNumber = z.coerce.number().int().min(1).max(1_000_000).catch(1);

export function parseTableParams<S extends string>(
  params: Record<string, string | string[] | undefined>,
  sortable: readonly S[],
  defaultSort: { id: S; desc: boolean },
  pageSize = 25,
): TableParams<S> {
  const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);
  const page = ZPageNumber.parse(one(params.page) ?? 1);
  const [id, dir] = (one(params.sort) ?? "").split(":");
  const sort = (sortable as readonly string[]).includes(id ?? "") ? { id: id as S, desc: dir === "desc" } : defaultSort;
  const q = (one(params.q) ?? "").trim().slice(0, 200);
  return { page, pageSize, sort, q };
}
