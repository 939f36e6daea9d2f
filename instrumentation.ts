// Next.js calls register() once per server process: the Node.js server starts the background jobs here
// (never in the Edge runtime or during `next build`). ORG_CENTER_JOBS=off leaves them to `npm run worker`.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.NEXT_PHASE === "phase-production-build") return;
  const { startAppJobs } = await import("./lib/jobs/start-app-jobs");
  startAppJobs();
}
