// CPU a server spent while a load ran, and how much of the machine stayed idle, from Linux's /proc. Node serves a
// request on its main thread, so one process serves at most 1,000,000 / (main-thread µs per request) req/s. On a
// 2-core machine shared with wrk, a run that reads low with the main thread's µs per request up by as much ran on a
// slower machine, not slower code: the same build took 224 µs per GET in one run and 442 µs in another minutes later.
// API: countCpu(pids) → { stop() → CpuSpent }, describePerRequest(spent, requests).
import fs from "node:fs";
import { cpuSeconds } from "./process-stats";

export type CpuSpent = {
  /** µs of the processes' main threads (the thread id equal to the process id). */
  mainUs: number;
  /** µs of all their threads, those that ended included (the request log's, the garbage collector's). */
  allUs: number;
  /** Share of every core's time that stayed idle, 0–1. */
  idleShare: number;
};

/** The machine's idle and total ticks: user nice system idle iowait irq softirq steal (guest is inside user). */
function machineTicks(): { idle: number; total: number } {
  const cpu = fs.readFileSync("/proc/stat", "utf8").split("\n", 1)[0]!.trim().split(/\s+/).slice(1, 9).map(Number);
  return { idle: cpu[3]! + cpu[4]!, total: cpu.reduce((a, b) => a + b, 0) };
}

/** Each running process's main-thread and all-thread CPU seconds (a process that has ended is left out). */
function processSeconds(pids: number[]): Map<number, { main: number; all: number }> {
  const out = new Map<number, { main: number; all: number }>();
  for (const pid of pids) {
    try {
      out.set(pid, { main: cpuSeconds(pid, pid), all: cpuSeconds(pid) });
    } catch {
      // ended
    }
  }
  return out;
}

/** Starts counting the CPU of `pids` (a server's processes) and of the machine; stop() gives what was spent since. */
export function countCpu(pids: number[]): { stop(): CpuSpent } {
  const before = { processes: processSeconds(pids), machine: machineTicks() };
  return {
    stop() {
      const processes = processSeconds(pids);
      const machine = machineTicks();
      let main = 0;
      let all = 0;
      for (const [pid, now] of processes) {
        const then = before.processes.get(pid);
        if (!then) continue;
        main += now.main - then.main;
        all += now.all - then.all;
      }
      const total = machine.total - before.machine.total;
      return {
        mainUs: main * 1e6,
        allUs: all * 1e6,
        idleShare: total > 0 ? (machine.idle - before.machine.idle) / total : 0,
      };
    },
  };
}

/** "server CPU per request: main threads 238 µs, all threads 318 µs; cores idle 31%"; main threads of all processes. */
export function describePerRequest(spent: CpuSpent, requests: number): string {
  if (requests <= 0) return "";
  const us = (total: number) => Math.round(total / requests);
  return (
    `server CPU per request: main threads ${us(spent.mainUs)} µs, all threads ${us(spent.allUs)} µs; ` +
    `cores idle ${Math.round(spent.idleShare * 100)}%`
  );
}
