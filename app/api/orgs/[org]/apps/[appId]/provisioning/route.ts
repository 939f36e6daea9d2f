// GET: the provisioning page's progress poll (running indicator, current and last cycle, quarantine, statistics).
import { authorize } from "@/lib/auth/guard";
import { isAppError } from "@/lib/errors/app-error";
import { getProvisioningStatus } from "@/lib/provisioning/provisioning-job/get-status";
import { logger } from "@/lib/log/logger";

export const dynamic = "force-dynamic";

export async function GET(_req: Request, { params }: { params: Promise<{ org: string; appId: string }> }) {
  const { org: slug, appId } = await params;
  try {
    const ctx = await authorize(slug, "console:read");
    const { mapping: _mapping, ...status } = await getProvisioningStatus(ctx.org.id, appId);
    return Response.json(status, { headers: { "cache-control": "no-store" } });
  } catch (error) {
    const status = isAppError(error)
      ? (({ unauthorized: 401, forbidden: 403 } as Record<string, number>)[error.code] ?? 404)
      : 500;
    if (status === 500) logger.error({ err: error }, "Provisioning status failed");
    return Response.json({ error: isAppError(error) ? error.message : "Status unavailable." }, { status });
  }
}
