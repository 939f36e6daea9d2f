// CPU a server spent while a load ran, and how much of the machine stayed idle, from Linux's /proc. Node serves a
// request on its main thread, so one process serves at most 1,000,000 / (main-thread µs per request) req/s. On a
// 2-core machine shared with wrk, a run that reads low with the main thread's µs per request up by as much ran on a
// slower machine, not slower code: the same build took 224 to 354 µs per GET from one minute to the next.
// API: countCpu(pids) → { stop() → CpuSpent }, describePerRequest(spent, requests).
import fs from "node:fs";

export type CpuSpent = {
  /** µs of the processes' main threads (the thread id equal to the process id). */
  mainUs: number;
  /** µs of all their threads, those that ended included (the request log's, the garbage collector's). */
  allUs: number;
  /** Share of every core's time that stayed idle, 0–1. */
  idleShare: number;
};

const TICK_US = 10_000; // /proc counts in USER_HZ, 1/100 s

function ticks(statFile: string): number {
  try {
    const stat = fs.readFileSync(statFile, "utf8");
    // The command name (2nd field) is in parentheses and may hold spaces: the fields after its ")" are fixed.
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return Number(fields[11]) + Number(fields[12]); // utime + stime
  } catch {
    return 0; // the process has ended
  }
}

/** The machine's idle and total ticks: user nice system idle iowait irq softirq steal (guest is inside user). */
function machineTicks(): { idle: number; total: number } {
  const cpu = fs.readFileSync("/proc/stat", "utf8").split("\n", 1)[0]!.trim().split(/\s+/).slice(1, 9).map(Number);
  return { idle: cpu[3]! + cpu[4]!, total: cpu.reduce((a, b) => a + b, 0) };
}

function snapshot(pids: number[]) {
  return {
    main: pids.reduce((sum, pid) => sum + ticks(`/proc/${pid}/task/${pid}/stat`), 0),
    all: pids.reduce((sum, pid) => sum + ticks(`/proc/${pid}/stat`), 0),
    machine: machineTicks(),
  };
}

/** Starts counting the CPU of `pids` (a server's processes) and of the machine; stop() gives what was spent since. */
export function countCpu(pids: number[]): { stop(): CpuSpent } {
  const before = snapshot(pids);
  return {
    stop() {
      const after = snapshot(pids);
      const total = after.machine.total - before.machine.total;
      return {
        mainUs: (after.main - before.main) * TICK_US,
        allUs: (after.all - before.all) * TICK_US,
        idleShare: total > 0 ? (after.machine.idle - before.machine.idle) / total : 0,
      };
    },
  };
}

/** "server CPU per request: main threads 238 µs, all threads 318 µs; cores idle 31%" (main threads of every process). */
export function describePerRequest(spent: CpuSpent, requests: number): string {
  if (requests <= 0) return "";
  const us = (total: number) => Math.round(total / requests);
  return (
    `server CPU per request: main threads ${us(spent.mainUs)} µs, all threads ${us(spent.allUs)} µs; ` +
    `cores idle ${Math.round(spent.idleShare * 100)}%`
  );
}
