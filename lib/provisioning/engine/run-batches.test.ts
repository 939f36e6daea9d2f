import { describe, expect, it } from "vitest";
import { runBatches, type BatchSteps } from "./run-batches";

const tick = () => new Promise((resolve) => setTimeout(resolve, 1));

/** Steps that record what happened when; `slowWrite` batches take a few ticks to store. */
function recorder(options: { slowWrite?: string[]; failWrite?: string; failProcess?: string; endAt?: string } = {}) {
  const events: string[] = [];
  const steps: BatchSteps<string, string> = {
    async load(ids) {
      events.push(`load ${ids[0]}`);
      await tick();
      return `loaded ${ids[0]}`;
    },
    async process(ids, loaded) {
      expect(loaded).toBe(`loaded ${ids[0]}`);
      events.push(`process ${ids[0]}`);
      await tick();
      await tick();
      if (ids[0] === options.failProcess) throw new Error(`process ${ids[0]} failed`);
      events.push(`processed ${ids[0]}`);
      return ids[0]!;
    },
    store(ids) {
      const id = ids[0]!;
      events.push(`store ${id} called`);
      return async () => {
        events.push(`write ${id}`);
        for (let t = 0; t < (options.slowWrite?.includes(id) ? 6 : 1); t++) await tick();
        if (id === options.failWrite) throw new Error(`write ${id} failed`);
        events.push(`written ${id}`);
      };
    },
    ends: (processed) => processed === options.endAt,
  };
  return { events, steps };
}

const batches = [["a"], ["b"], ["c"]];

describe("runBatches", () => {
  it("loads the next batch and stores the previous one while a batch is processed", async () => {
    const { events, steps } = recorder();
    expect(await runBatches(batches, steps)).toBe("finished");
    // b is loaded before a's requests are done, and a is written while b's requests run.
    expect(events.indexOf("load b")).toBeLessThan(events.indexOf("processed a"));
    expect(events.indexOf("write a")).toBeLessThan(events.indexOf("processed b"));
    expect(events.filter((e) => e.startsWith("written"))).toEqual(["written a", "written b", "written c"]);
  });

  it("stores batches one after the other in their order, however long each write takes", async () => {
    const { events, steps } = recorder({ slowWrite: ["a", "b"] });
    await runBatches(batches, steps);
    const writes = events.filter((e) => /^writ(e|ten) /.test(e));
    expect(writes).toEqual(["write a", "written a", "write b", "written b", "write c", "written c"]);
  });

  it("stops before processing a batch once asked, with every processed batch stored", async () => {
    const { events, steps } = recorder({ slowWrite: ["a"] });
    let processed = 0;
    const result = await runBatches(batches, {
      ...steps,
      process: async (ids, loaded) => {
        processed++;
        return steps.process(ids, loaded);
      },
      shouldStop: () => processed === 1,
    });
    expect(result).toBe("stopped");
    expect(events).not.toContain("process b");
    expect(events.at(-1)).toBe("written a");
  });

  it("ends after the batch whose outcome ends the phase, once that batch is stored", async () => {
    const { events, steps } = recorder({ endAt: "b" });
    expect(await runBatches(batches, steps)).toBe("ended");
    expect(events).not.toContain("process c");
    expect(events.at(-1)).toBe("written b");
  });

  it("a failed write stops the phase at the next batch and is thrown", async () => {
    const { events, steps } = recorder({ failWrite: "a" });
    await expect(runBatches(batches, steps)).rejects.toThrow("write a failed");
    // b was already under way when a's write failed; c never starts, and b is never written after a.
    expect(events).not.toContain("process c");
    expect(events).not.toContain("write b");
  });

  it("a failed batch is thrown only once the write before it is done", async () => {
    const { events, steps } = recorder({ slowWrite: ["a"], failProcess: "b" });
    await expect(runBatches(batches, steps)).rejects.toThrow("process b failed");
    expect(events.at(-1)).toBe("written a");
  });

  it("runs nothing for no batches", async () => {
    const { events, steps } = recorder();
    expect(await runBatches([], steps)).toBe("finished");
    expect(events).toEqual([]);
  });
});
