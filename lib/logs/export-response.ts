// The HTTP side of the log exports: a pull-driven ReadableStream over the export's text chunks (the next batch is
// read only when the client has taken the last one), and AppError translated to a JSON error with its status.
import { AppError, isAppError, type AppErrorCode } from "@/lib/errors/app-error";
import type { ExportFormat } from "./export-stream";
import { logger } from "@/lib/log/logger";

const CONTENT_TYPES: Record<ExportFormat, string> = {
  csv: "text/csv; charset=utf-8",
  json: "application/json; charset=utf-8",
};
const STATUS: Partial<Record<AppErrorCode, number>> = {
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  invalid_input: 400,
};

export function parseExportFormat(value: string | null | undefined): ExportFormat {
  const format = (value ?? "csv").toLowerCase();
  if (format === "csv" || format === "json") return format;
  throw new AppError("invalid_input", `Unknown format "${value}": use csv or json.`);
}

export function streamExport(chunks: AsyncGenerator<string>, format: ExportFormat, fileName: string): Response {
  const encoder = new TextEncoder();
  const body = new ReadableStream<Uint8Array>({
    async pull(controller) {
      try {
        const { value, done } = await chunks.next();
        if (done) controller.close();
        else controller.enqueue(encoder.encode(value));
      } catch (error) {
        logger.error({ err: error, component: "logs" }, "Log export failed while streaming");
        controller.error(error);
      }
    },
    async cancel() {
      await chunks.return(undefined);
    },
  });
  return new Response(body, {
    headers: {
      "Content-Type": CONTENT_TYPES[format],
      "Content-Disposition": `attachment; filename="${fileName}"`,
      "Cache-Control": "no-store",
    },
  });
}

export function exportErrorResponse(error: unknown): Response {
  if (isAppError(error)) {
    return Response.json(
      { error: { code: error.code, message: error.message, details: error.fieldErrors } },
      { status: STATUS[error.code] ?? 400 },
    );
  }
  logger.error({ err: error, component: "logs" }, "Log export failed");
  return Response.json(
    {
      error: {
        code: "internal",
        message: "Something went wrong on our side. Try again; if it keeps failing, check the server log.",
      },
    },
    { status: 500 },
  );
}
