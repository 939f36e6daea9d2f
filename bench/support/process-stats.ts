// Linux process figures for benchmarks, read from /proc: a process's descendants, its CPU time, and a sampler that
// keeps the peak resident set size (RSS) of several processes while a measured step runs.
import fs from "node:fs";

/** The process ids below `pid` (children, grandchildren, …). */
export function descendants(pid: number): number[] {
  const out: number[] = [];
  const walk = (p: number) => {
    let children: number[] = [];
    try {
      for (const task of fs.readdirSync(`/proc/${p}/task`))
        children.push(
          ...fs.readFileSync(`/proc/${p}/task/${task}/children`, "utf8").split(/\s+/).filter(Boolean).map(Number),
        );
    } catch {
      children = [];
    }
    for (const c of children) {
      out.push(c);
      walk(c);
    }
  };
  walk(pid);
  return out;
}

/** User + system CPU seconds a process (all its threads, ended ones included) or one of its threads has used so far. */
export function cpuSeconds(pid: number, thread?: number): number {
  const stat = fs.readFileSync(thread === undefined ? `/proc/${pid}/stat` : `/proc/${pid}/task/${thread}/stat`, "utf8");
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  return (Number(fields[11]) + Number(fields[12])) / 100; // utime, stime in clock ticks (USER_HZ = 100)
}

function rssBytes(pid: number): number {
  const status = fs.readFileSync(`/proc/${pid}/status`, "utf8");
  const kb = /VmRSS:\s+(\d+)/.exec(status)?.[1];
  return kb ? Number(kb) * 1024 : 0;
}

/** Polls the RSS of each named process every `everyMs` until stop(), which returns each one's peak in bytes. */
export function sampleRss(pids: Record<string, number>, everyMs = 100) {
  const peak: Record<string, number> = Object.fromEntries(Object.keys(pids).map((k) => [k, 0]));
  const take = () => {
    for (const [name, pid] of Object.entries(pids)) {
      try {
        peak[name] = Math.max(peak[name]!, rssBytes(pid));
      } catch {
        // the process ended
      }
    }
  };
  take();
  const timer = setInterval(take, everyMs);
  return {
    stop(): Record<string, number> {
      clearInterval(timer);
      take();
      return peak;
    },
  };
}
