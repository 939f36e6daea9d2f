// Resident memory of a process and its descendants, from Linux's /proc (the benchmarks run on Linux).
// API: processTree(pid) → pids, residentBytes(pids), resetPeaks(pids), peakGrowthBytes(pids, before),
// sampleAnonymousPeak(pids) → { stop() → the largest growth of anonymous memory (heap, not mapped files) }.
import fs from "node:fs";

function parentOf(pid: number): number | null {
  try {
    // The command name (2nd field) is in parentheses and may hold spaces: the fields after its ")" are fixed.
    const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
    return Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
  } catch {
    return null;
  }
}

/** `pid` and every process below it. */
export function processTree(pid: number): number[] {
  const all = fs
    .readdirSync("/proc")
    .filter((d) => /^\d+$/.test(d))
    .map(Number);
  const children = new Map<number, number[]>();
  for (const p of all) {
    const parent = parentOf(p);
    if (parent !== null) children.set(parent, [...(children.get(parent) ?? []), p]);
  }
  const out: number[] = [];
  const queue = [pid];
  while (queue.length > 0) {
    const p = queue.shift()!;
    out.push(p);
    queue.push(...(children.get(p) ?? []));
  }
  return out;
}

function statusKb(pid: number, field: "VmRSS" | "VmHWM" | "RssAnon"): number {
  try {
    const line = fs
      .readFileSync(`/proc/${pid}/status`, "utf8")
      .split("\n")
      .find((l) => l.startsWith(`${field}:`));
    return line ? Number(line.split(/\s+/)[1]) : 0;
  } catch {
    return 0;
  }
}

/** Each process's resident bytes now. */
export function residentBytes(pids: number[]): Map<number, number> {
  return new Map(pids.map((p) => [p, statusKb(p, "VmRSS") * 1024]));
}

/** Sets each process's peak (VmHWM) back to its current resident size (Linux clear_refs 5). */
export function resetPeaks(pids: number[]): void {
  for (const p of pids) {
    try {
      fs.writeFileSync(`/proc/${p}/clear_refs`, "5");
    } catch {
      // gone, or not ours: its peak is then measured from its start
    }
  }
}

/** The largest growth of any one process's peak over its resident size in `before`. */
export function peakGrowthBytes(pids: number[], before: Map<number, number>): number {
  let max = 0;
  for (const p of pids) max = Math.max(max, statusKb(p, "VmHWM") * 1024 - (before.get(p) ?? 0));
  return max;
}

/**
 * Samples each process's anonymous resident memory (RssAnon: heap and buffers, not file pages such as SQLite's
 * memory-mapped database) every few milliseconds until stop(): the largest growth of any one process. Linux keeps
 * no peak of it, hence the sampling.
 */
export function sampleAnonymousPeak(pids: number[], everyMs = 5): { stop: () => number } {
  const before = new Map(pids.map((p) => [p, statusKb(p, "RssAnon") * 1024]));
  let max = 0;
  const sample = () => {
    for (const p of pids) max = Math.max(max, statusKb(p, "RssAnon") * 1024 - before.get(p)!);
  };
  const timer = setInterval(sample, everyMs);
  return {
    stop: () => {
      clearInterval(timer);
      sample();
      return max;
    },
  };
}
