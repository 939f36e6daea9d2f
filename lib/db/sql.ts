// SQL fragments for queries Prisma runs ($queryRaw/$executeRaw): the `sql` tag and its helpers, one query text for
// SQLite and PostgreSQL (dialect(), col(), startsWith(), jsonArrayHas(), cappedCount()…). Prepared statements: sql-session.ts.
import { Prisma } from "./generated/sqlite/client";
import { DEFAULT_DATABASE_URL, detectProvider, type DatabaseProvider } from "./database-url";

export type Sql = Prisma.Sql;
export const sql = Prisma.sql;
export const join = Prisma.join;
export const empty = Prisma.empty;

export function dialect(): DatabaseProvider {
  return detectProvider(process.env.DATABASE_URL ?? DEFAULT_DATABASE_URL);
}

/** A quoted column or table name; only ever called with names written in the code, never with input. */
export function col(name: string): Sql {
  if (!/^[A-Za-z]+$/.test(name)) throw new Error(`Not a column name: ${name}`);
  return Prisma.raw(`"${name}"`);
}

/** The smallest string greater than every string that starts with `prefix` (binary order). */
export function prefixEnd(prefix: string): string {
  let end = prefix;
  while (end.length > 0) {
    const last = end.charCodeAt(end.length - 1);
    if (last < 0xffff) return end.slice(0, -1) + String.fromCharCode(last + 1);
    end = end.slice(0, -1);
  }
  return "\uffff";
}

export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/**
 * `column` starts with `prefix`: a range the column's index serves, plus a LIKE that keeps the match exact under
 * PostgreSQL collations that order punctuation loosely. `indexed: false` asks SQLite to plan without that index.
 */
export function startsWith(column: string, prefix: string, { indexed = true } = {}): Sql {
  // SQLite's unary + keeps a term from using an index (https://sqlite.org/optoverview.html#uplus).
  const c = indexed || dialect() !== "sqlite" ? col(column) : sql`+${col(column)}`;
  return sql`(${c} >= ${prefix} AND ${c} < ${prefixEnd(prefix)} AND ${c} LIKE ${`${escapeLike(prefix)}%`} ESCAPE '\\')`;
}

/** The JSON array in `column` holds an object with these string properties (e.g. a step named Scoping that was Skipped). */
export function jsonArrayHas(column: string, match: Record<string, string[]>): Sql {
  const c = col(column);
  const keys = Object.keys(match);
  if (dialect() === "postgresql") {
    // jsonb containment, once per combination of accepted values.
    const combos = keys.reduce<Record<string, string>[]>(
      (acc, k) => acc.flatMap((o) => match[k]!.map((v) => ({ ...o, [k]: v }))),
      [{}],
    );
    return sql`(${join(
      combos.map((o) => sql`${c} @> ${JSON.stringify([o])}::jsonb`),
      " OR ",
    )})`;
  }
  const terms = keys.map((k) => sql`json_extract(j.value, ${`$.${k}`}) IN (${join(match[k]!)})`);
  return sql`EXISTS (SELECT 1 FROM json_each(${c}) AS j WHERE ${join(terms, " AND ")})`;
}

/** The JSON text in `column` contains `needle` as a quoted string somewhere (a fallback scan, bounded by the caller). */
export function jsonTextContains(column: string, needle: string): Sql {
  const c = col(column);
  const pattern = `%${escapeLike(JSON.stringify(needle))}%`;
  return dialect() === "postgresql"
    ? sql`${c}::text LIKE ${pattern} ESCAPE '\\'`
    : sql`${c} LIKE ${pattern} ESCAPE '\\'`;
}

/**
 * `count(*)` of the rows matching `where`, counting no further than `cap` (so a count never scans a whole log).
 * `order` makes it walk the rows in the page's order, i.e. on the same index as the page.
 */
export function cappedCount(table: string, where: Sql, cap: number, order: Sql = empty): Sql {
  const orderBy = order === empty ? empty : sql` ORDER BY ${order}`;
  return sql`SELECT count(*) AS n FROM (SELECT 1 FROM ${col(table)} WHERE ${where}${orderBy} LIMIT ${cap}) AS capped`;
}
