// One page plus totalResults. A first page shorter than asked for is the whole result, so the count query is
// skipped: that is every lookup Entra makes (`userName eq "..."`).
export async function pageWithTotal<T>(
  startIndex: number,
  count: number,
  countRows: () => Promise<number>,
  findRows: (skip: number, take: number) => Promise<T[]>,
): Promise<{ rows: T[]; totalResults: number }> {
  const skip = startIndex - 1;
  if (count === 0) return { rows: [], totalResults: await countRows() };
  if (skip === 0) {
    const rows = await findRows(0, count);
    return { rows, totalResults: rows.length < count ? rows.length : await countRows() };
  }
  const totalResults = await countRows();
  return { rows: skip >= totalResults ? [] : await findRows(skip, count), totalResults };
}
