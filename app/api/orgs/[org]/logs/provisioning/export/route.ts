// GET /api/orgs/:org/logs/provisioning/export?format=csv|json&<the page's filters>: every matching entry, streamed.
import type { NextRequest } from "next/server";
import { exportProvisioningLog } from "@/lib/logs/export-provisioning-log";
import { logExportResponse } from "@/lib/logs/log-export-response";
import { parseProvisioningLogFilters } from "@/lib/logs/provisioning-log-filters";

export const dynamic = "force-dynamic";
export const runtime = "nodejs";

export async function GET(req: NextRequest, { params }: { params: Promise<{ org: string }> }) {
  const { org: slug } = await params;
  return logExportResponse(slug, req.nextUrl.searchParams, {
    fileKind: "provisioning-log",
    parseFilters: parseProvisioningLogFilters,
    exportLog: exportProvisioningLog,
  });
}
