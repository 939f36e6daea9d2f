// GET /api/orgs/:org/logs/scim/export?format=csv|json&<the page's filters>: every matching inbound request, streamed.
import type { NextRequest } from "next/server";
import { logExportResponse } from "@/lib/logs/log-export-response";
import { exportScimLog } from "@/lib/logs/export-scim-log";
import { parseScimLogFilters } from "@/lib/logs/scim-log-filters";

export const dynamic = "force-dynamic";
export const runtime = "nodejs";

export async function GET(req: NextRequest, { params }: { params: Promise<{ org: string }> }) {
  const { org: slug } = await params;
  return logExportResponse(slug, req.nextUrl.searchParams, {
    fileKind: "scim-requests",
    parseFilters: parseScimLogFilters,
    exportLog: exportScimLog,
  });
}
