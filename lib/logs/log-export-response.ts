// The log export routes' one body: the caller may read logs, format and filters are read strictly, the help desk's
// masked attributes stay masked, and the file streams. API: logExportResponse(orgSlug, searchParams, log).
import { authorize } from "@/lib/auth/guard";
import { exportErrorResponse, parseExportFormat, streamExport } from "./export-response";
import { exportFileName, type ExportFormat } from "./export-stream";
import { maskedAttributesFor } from "./help-desk-masking";

type LogExport<F> = {
  /** The file name's first part: `provisioning-log-<org>-<time>.csv`. */
  fileKind: string;
  parseFilters: (params: URLSearchParams, options: { strict: boolean }) => F;
  exportLog: (
    orgId: string,
    filters: F,
    format: ExportFormat,
    now: Date,
    progress: undefined,
    mask: readonly string[],
  ) => AsyncGenerator<string>;
};

export async function logExportResponse<F>(
  orgSlug: string,
  searchParams: URLSearchParams,
  log: LogExport<F>,
): Promise<Response> {
  try {
    const ctx = await authorize(orgSlug, "logs:read");
    const format = parseExportFormat(searchParams.get("format"));
    const filters = log.parseFilters(searchParams, { strict: true });
    return streamExport(
      log.exportLog(
        ctx.org.id,
        filters,
        format,
        new Date(),
        undefined,
        await maskedAttributesFor(ctx.org.id, ctx.role),
      ),
      format,
      exportFileName(log.fileKind, ctx.org.slug, format),
    );
  } catch (error) {
    return exportErrorResponse(error);
  }
}
