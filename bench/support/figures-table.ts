// The benchmark's figures as one table, a row per size, database, process count and scenario, with the load
// average each ran under; then each scenario's p99 side by side per size. API: Row, printTable(rows).
export interface Row {
  users: number;
  database: string;
  processes: number;
  scenario: string;
  /** Requests per second (absent for figures timed one request at a time). */
  rps?: number;
  p50: number;
  /** p99, or the percentile the note names. */
  p99: number;
  note: string;
  /** The 1/5/15-minute load average when the scenario ended. */
  load: string;
}

const line = (cells: (string | number)[], widths: number[]) =>
  cells.map((c, i) => String(c).padEnd(widths[i] ?? 12)).join(" ");

export function printTable(rows: Row[]): void {
  const widths = [8, 9, 5, 44, 7, 8, 8, 16, 0];
  console.log();
  console.log(
    line(["users", "database", "proc", "scenario", "req/s", "p50 ms", "p99 ms", "load average", "note"], widths),
  );
  for (const r of rows)
    console.log(
      line([r.users, r.database, r.processes, r.scenario, r.rps ?? "", r.p50, r.p99, r.load, r.note], widths),
    );
  const runs = [...new Set(rows.map((r) => `${r.users}/${r.database}/${r.processes}`))];
  if (runs.length < 2) return;
  console.log(`\nreq/s | p99 ms (p95 for the console), per users/database/processes`);
  console.log(line(["scenario", ...runs], [44, ...runs.map(() => 22)]));
  for (const scenario of new Set(rows.map((r) => r.scenario))) {
    const cells = runs.map((run) => {
      const r = rows.find((x) => x.scenario === scenario && `${x.users}/${x.database}/${x.processes}` === run);
      return r ? `${r.rps ?? "-"} | ${r.p99}` : "";
    });
    console.log(line([scenario, ...cells], [44, ...runs.map(() => 22)]));
  }
}
