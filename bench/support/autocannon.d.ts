// The few parts of autocannon's API the benchmarks use (the package ships no types).
declare module "autocannon" {
  namespace autocannon {
    type Options = Record<string, unknown>;
    type Histogram = { average: number; p50: number; p99: number; total: number };
    type Result = { requests: Histogram; latency: Histogram; errors: number; timeouts: number; non2xx: number };
  }
  function autocannon(options: autocannon.Options): Promise<autocannon.Result>;
  export default autocannon;
}
