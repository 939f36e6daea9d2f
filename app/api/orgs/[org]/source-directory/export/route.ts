// GET: the organization's source directory as CSV (the import format), for readers of the directory.
import { authorize } from "@/lib/auth/guard";
import { isAppError } from "@/lib/errors/app-error";
import { exportDirectoryCsv } from "@/lib/source-directory/export-directory";
import { logger } from "@/lib/log/logger";

export const dynamic = "force-dynamic";

export async function GET(_req: Request, { params }: { params: Promise<{ org: string }> }) {
  const { org: slug } = await params;
  try {
    const ctx = await authorize(slug, "directory:read");
    const csv = await exportDirectoryCsv(ctx.org.id);
    return new Response(csv, {
      headers: {
        "content-type": "text/csv; charset=utf-8",
        "content-disposition": `attachment; filename="${slug}-source-directory.csv"`,
        "cache-control": "no-store",
      },
    });
  } catch (error) {
    const status = isAppError(error)
      ? error.code === "unauthorized"
        ? 401
        : error.code === "forbidden"
          ? 403
          : 404
      : 500;
    if (status === 500) logger.error({ err: error }, "Source directory export failed");
    return Response.json({ error: isAppError(error) ? error.message : "Export failed." }, { status });
  }
}
