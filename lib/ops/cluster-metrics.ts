// /metrics under WEB_CONCURRENCY (node:cluster): the worker that gets the scrape asks the primary, which collects
// every worker's figures over IPC and sums them with prom-client's AggregatorRegistry, so one scrape of the port
// shows the whole instance. API: answerMetricsCollection() (each worker, once), clusterMetricsText() (on a scrape),
// collectClusterMetrics(workers) (the primary).
import cluster, { type Worker } from "node:cluster";
import crypto from "node:crypto";
import { AggregatorRegistry, type MetricObjectWithValues, type MetricValue } from "prom-client";
import { metricsRegistry } from "./metrics";

type MetricsJson = MetricObjectWithValues<MetricValue<string>>[];
type Message =
  | { type: "org-center:metrics-request"; id: string }
  | { type: "org-center:metrics-reply"; id: string; text?: string; error?: string }
  | { type: "org-center:metrics-collect"; id: string }
  | { type: "org-center:metrics-collected"; id: string; metrics: MetricsJson };

const TIMEOUT_MS = 5_000;

function isMessage(value: unknown): value is Message {
  const type = (value as { type?: unknown } | null)?.type;
  return typeof type === "string" && type.startsWith("org-center:metrics-");
}

export function isClusterWorker(): boolean {
  return cluster.isWorker;
}

/** Worker: sends this process's figures to the primary whenever it collects them. */
export function answerMetricsCollection(): void {
  process.on("message", (message: unknown) => {
    if (!isMessage(message) || message.type !== "org-center:metrics-collect") return;
    void metricsRegistry()
      .getMetricsAsJSON()
      .then((metrics) => process.send?.({ type: "org-center:metrics-collected", id: message.id, metrics }));
  });
}

/** Worker: the whole instance's figures in the Prometheus text format, summed by the primary. */
export function clusterMetricsText(): Promise<string> {
  const id = crypto.randomUUID();
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => done(new Error("the cluster's primary did not answer within 5 s")), TIMEOUT_MS);
    const onMessage = (message: unknown) => {
      if (!isMessage(message) || message.type !== "org-center:metrics-reply" || message.id !== id) return;
      if (message.text !== undefined) done(null, message.text);
      else done(new Error(message.error ?? "the cluster's primary sent no figures"));
    };
    function done(error: Error | null, text?: string) {
      clearTimeout(timer);
      process.off("message", onMessage);
      if (error) reject(error);
      else resolve(text!);
    }
    process.on("message", onMessage);
    process.send!({ type: "org-center:metrics-request", id });
  });
}

/** Primary: asks every worker for its figures and sums them (counters and histograms add up; see prom-client). */
export async function collectClusterMetrics(workers: Worker[]): Promise<string> {
  const id = crypto.randomUUID();
  const answers = await Promise.all(
    workers.map(
      (worker) =>
        new Promise<MetricsJson>((resolve, reject) => {
          const timer = setTimeout(() => {
            worker.off("message", onMessage);
            reject(new Error(`worker ${worker.process.pid} did not send its figures within 5 s`));
          }, TIMEOUT_MS);
          function onMessage(message: unknown) {
            if (!isMessage(message) || message.type !== "org-center:metrics-collected" || message.id !== id) return;
            clearTimeout(timer);
            worker.off("message", onMessage);
            resolve(message.metrics);
          }
          worker.on("message", onMessage);
          worker.send({ type: "org-center:metrics-collect", id });
        }),
    ),
  );
  return AggregatorRegistry.aggregate(answers).metrics();
}

/** Primary: answers the workers' metrics requests. */
export function serveClusterMetrics(liveWorkers: () => Worker[]): void {
  cluster.on("message", (worker, message: unknown) => {
    if (!isMessage(message) || message.type !== "org-center:metrics-request") return;
    collectClusterMetrics(liveWorkers()).then(
      (text) => worker.send({ type: "org-center:metrics-reply", id: message.id, text }),
      (error: Error) => worker.send({ type: "org-center:metrics-reply", id: message.id, error: error.message }),
    );
  });
}
