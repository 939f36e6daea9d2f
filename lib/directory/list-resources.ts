// GET /Users and GET /Groups (and POST .search): filter, sort and page run in the database, scoped to the
// organization; the caller loads and renders the page's rows. API: listResources(resourceType, orgId, params, page).
import type { JsonObject } from "@/lib/scim/json";
import type { ListParams } from "@/lib/scim/list-params";
import { toListResponse, type ScimListResponse } from "@/lib/scim/list-response";
import type { AttributeSelection } from "@/lib/scim/projection";
import type { ResourceType } from "@/lib/scim/schema-registry";
import type { SqlCondition } from "./filter-condition-sql";
import { filterToWhere } from "./filter-to-where";
import { dialect } from "@/lib/db/sql";
import { sqlRead, type SqlSession } from "@/lib/db/sql-session";
import { pageIds } from "./page-ids";
import { pinsFewRows, pinsOneRow } from "./pins-few-rows";
import { sortToOrderBy } from "./sort-to-order-by";

export interface PageRows<Row> {
  /** The request's read, when it holds one (ReadOptions.reads); else the page is read in one of its own. */
  reads?: SqlSession;
  /** The rows among `ids` that still exist, read through `db`. */
  load(db: SqlSession, ids: string[], selection: AttributeSelection): Promise<Map<string, Row>>;
  /** The rows `where` finds, read through `db`: used instead of load() when the filter pins at most one row. */
  loadWhere?(db: SqlSession, where: SqlCondition, selection: AttributeSelection): Promise<Map<string, Row>>;
  render(row: Row, selection: AttributeSelection): JsonObject;
}

/** count + one page (skip/take); `count=0` asks for totalResults only and reads no rows. */
export async function listResources<Row>(
  resourceType: ResourceType,
  orgId: string,
  params: ListParams,
  page: PageRows<Row>,
): Promise<ScimListResponse<JsonObject>> {
  const where = filterToWhere(resourceType, orgId, params.filter);
  // sortBy is checked (a name no schema defines is a 400) even when at most one row is found and none is sorted.
  const order = sortToOrderBy(resourceType, params.sortBy, params.sortOrder, {
    sortFound: dialect() === "sqlite" && pinsFewRows(resourceType, params.filter),
  });
  const orderBy = pinsOneRow(resourceType, params.filter) ? null : order;
  const selection = { attributes: params.attributes, excludedAttributes: params.excludedAttributes };
  // The page's ids and its rows in one read: one snapshot on SQLite.
  const { ids, totalResults, rows } = await sqlRead(async (db) => {
    // An `eq` on a unique column (Entra's lookup before each write) finds its row, if any, in the statement that
    // reads it: one statement fewer than its id first.
    if (orderBy === null && page.loadWhere && params.startIndex === 1 && params.count > 0) {
      const pinned = await page.loadWhere(db, where, selection);
      return { ids: [...pinned.keys()], totalResults: pinned.size, rows: pinned };
    }
    const found = await pageIds({
      resourceType,
      startIndex: params.startIndex,
      count: params.count,
      where,
      orderBy,
      db,
    });
    return { ids: found.rows, totalResults: found.totalResults, rows: await page.load(db, found.rows, selection) };
  }, page.reads);
  // On PostgreSQL a resource deleted between the two reads is left out of the page.
  const resources = ids.flatMap((id) => {
    const row = rows.get(id);
    return row ? [page.render(row, selection)] : [];
  });
  return toListResponse({ resources, totalResults, startIndex: params.startIndex });
}
