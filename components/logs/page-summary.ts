/** "51–100 of 3,890 entries", or "of more than 10,000" when the count stopped at its cap. */
export function pageSummary(
  page: { rows: unknown[]; total: number; totalIsCapped: boolean; links: { offset: number } },
  noun: string,
): string {
  if (page.rows.length === 0) return `No ${noun}`;
  const n = (v: number) => v.toLocaleString("en-US");
  const first = page.links.offset + 1;
  const last = page.links.offset + page.rows.length;
  const total = page.totalIsCapped ? `more than ${n(page.total)}` : n(Math.max(page.total, last));
  return `${n(first)}–${n(last)} of ${total} ${noun}`;
}
