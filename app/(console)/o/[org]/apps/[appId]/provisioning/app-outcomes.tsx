// The app's provisioning outcomes per day for 14 days (the Overview's chart, for this app only), streamed in
// behind its own Suspense boundary so the settings form does not wait for it.
import { provisioningOutcomesPerDay } from "@/lib/logs/outcomes-per-day";
import { OutcomeChart } from "@/components/overview/outcome-chart";

export async function AppOutcomes({
  orgId,
  orgSlug,
  appId,
  appName,
}: {
  orgId: string;
  orgSlug: string;
  appId: string;
  appName: string;
}) {
  const days = await provisioningOutcomesPerDay(orgId, { appId });
  return (
    <OutcomeChart
      days={days}
      title={`Provisioning outcomes of ${appName}`}
      logsHref={`/o/${orgSlug}/logs?app=${encodeURIComponent(appId)}`}
    />
  );
}
