// Streams every row matching a WHERE clause in constant memory: keyset batches over (at, id), never OFFSET, never
// the whole result at once. Formats turn each batch into one text chunk (CSV lines or JSON array items).
import { prisma } from "@/lib/db/client";
import { csvLine } from "./csv";
import { orderBy, seekAfter, type KeyRow } from "./keyset";
import type { SortOrder } from "./provisioning-log-filters";
import { col, empty, sql, type Sql } from "./sql";

export const EXPORT_BATCH = 2000;
export type ExportFormat = "csv" | "json";

export async function* keysetBatches<T extends KeyRow>(table: string, columns: Sql, where: Sql, order: SortOrder, batch = EXPORT_BATCH): AsyncGenerator<T[]> {
  let last: KeyRow | null = null;
  for (;;) {
    const seek: Sql = last ? sql` AND ${seekAfter(order, last)}` : empty;
    const rows: T[] = await prisma.$queryRaw<T[]>(sql`SELECT ${columns} FROM ${col(table)} WHERE ${where}${seek} ORDER BY ${orderBy(order)} LIMIT ${batch}`);
    if (rows.length) yield rows;
    if (rows.length < batch) return;
    const tail: T = rows[rows.length - 1]!;
    last = { at: tail.at, id: tail.id };
  }
}

/** Counts the rows written so far (the CLI reports it). */
export type ExportProgress = { rows: number };

export type ExportShape<T> = { header: string[]; csvRow: (row: T) => unknown[]; jsonRow: (row: T) => unknown };

/** Text chunks of the whole export: a CSV header then one chunk per batch, or a JSON array streamed item by item. */
export async function* formatExport<T extends KeyRow>(batches: AsyncIterable<T[]>, format: ExportFormat, shape: ExportShape<T>, progress: ExportProgress = { rows: 0 }): AsyncGenerator<string> {
  if (format === "csv") {
    yield `${shape.header.join(",")}\r\n`;
    for await (const rows of batches) {
      let chunk = "";
      for (const row of rows) chunk += csvLine(shape.csvRow(row));
      progress.rows += rows.length;
      yield chunk;
    }
    return;
  }
  let first = true;
  yield "[";
  for await (const rows of batches) {
    let chunk = "";
    for (const row of rows) {
      chunk += `${first ? "\n" : ",\n"}${JSON.stringify(shape.jsonRow(row))}`;
      first = false;
    }
    progress.rows += rows.length;
    yield chunk;
  }
  yield first ? "]\n" : "\n]\n";
}

export function exportFileName(kind: string, orgSlug: string, format: ExportFormat, now = new Date()): string {
  const stamp = now.toISOString().slice(0, 19).replace(/[:T]/g, "-");
  return `${kind}-${orgSlug.replace(/[^A-Za-z0-9-]/g, "")}-${stamp}.${format}`;
}
