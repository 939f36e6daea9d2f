// The engine's figures for /metrics: cycles by outcome with their run time, and objects by type, action and status
// (the provisioning log's own values, never an organization). API: recordCycle(outcome, type, ms), recordOutcomes(outcomes).
import { metrics } from "@/lib/ops/metrics";
import type { Outcome } from "./types";

export type CycleOutcome = "completed" | "quarantined" | "interrupted" | "failed";

export function recordCycle(outcome: CycleOutcome, type: string, runMs: number): void {
  const labels = { outcome, type };
  metrics.cycles.inc(labels);
  metrics.cycleDuration.observe(labels, runMs / 1000);
}

export function recordOutcomes(outcomes: readonly Outcome[]): void {
  for (const o of outcomes) metrics.objects.inc({ object_type: o.kind, action: o.log.action, status: o.log.status });
}
