// GET /api/orgs/:org/logs/scim/export?format=csv|json&<the page's filters>: every matching inbound request, streamed.
import type { NextRequest } from "next/server";
import { authorize } from "@/lib/auth/guard";
import { maskedAttributesFor } from "@/lib/logs/help-desk-masking";
import { exportErrorResponse, parseExportFormat, streamExport } from "@/lib/logs/export-response";
import { exportScimLog } from "@/lib/logs/export-scim-log";
import { exportFileName } from "@/lib/logs/export-stream";
import { parseScimLogFilters } from "@/lib/logs/scim-log-filters";

export const dynamic = "force-dynamic";
export const runtime = "nodejs";

export async function GET(req: NextRequest, { params }: { params: Promise<{ org: string }> }) {
  const { org: slug } = await params;
  try {
    const ctx = await authorize(slug, "logs:read");
    const format = parseExportFormat(req.nextUrl.searchParams.get("format"));
    const filters = parseScimLogFilters(req.nextUrl.searchParams, { strict: true });
    return streamExport(exportScimLog(ctx.org.id, filters, format, new Date(), undefined, await maskedAttributesFor(ctx.org.id, ctx.role)), format, exportFileName("scim-requests", ctx.org.slug, format));
  } catch (error) {
    return exportErrorResponse(error);
  }
}
