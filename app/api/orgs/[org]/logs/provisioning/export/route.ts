// GET /api/orgs/:org/logs/provisioning/export?format=csv|json&<the page's filters>: every matching entry, streamed.
import type { NextRequest } from "next/server";
import { authorize } from "@/lib/auth/guard";
import { maskedAttributesFor } from "@/lib/logs/help-desk-masking";
import { exportProvisioningLog } from "@/lib/logs/export-provisioning-log";
import { exportErrorResponse, parseExportFormat, streamExport } from "@/lib/logs/export-response";
import { exportFileName } from "@/lib/logs/export-stream";
import { parseProvisioningLogFilters } from "@/lib/logs/provisioning-log-filters";

export const dynamic = "force-dynamic";
export const runtime = "nodejs";

export async function GET(req: NextRequest, { params }: { params: Promise<{ org: string }> }) {
  const { org: slug } = await params;
  try {
    const ctx = await authorize(slug, "logs:read");
    const format = parseExportFormat(req.nextUrl.searchParams.get("format"));
    const filters = parseProvisioningLogFilters(req.nextUrl.searchParams, { strict: true });
    return streamExport(exportProvisioningLog(ctx.org.id, filters, format, new Date(), undefined, await maskedAttributesFor(ctx.org.id, ctx.role)), format, exportFileName("provisioning-log", ctx.org.slug, format));
  } catch (error) {
    return exportErrorResponse(error);
  }
}
