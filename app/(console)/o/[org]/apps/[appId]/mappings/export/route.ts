// JSON export of an app's mappings and scope (import takes the same file).
import { authorize } from "@/lib/auth/guard";
import { isAppError } from "@/lib/errors/app-error";
import { exportMapping } from "@/lib/provisioning/mappings/mapping-store";

export async function GET(_request: Request, { params }: { params: Promise<{ org: string; appId: string }> }) {
  const { org: slug, appId } = await params;
  try {
    const ctx = await authorize(slug, "console:read");
    const json = await exportMapping(ctx.org.id, appId);
    return new Response(json, {
      headers: {
        "content-type": "application/json; charset=utf-8",
        "content-disposition": `attachment; filename="mappings-${appId}.json"`,
      },
    });
  } catch (error) {
    if (isAppError(error))
      return Response.json(
        { error: error.message },
        {
          status:
            error.code === "not_found"
              ? 404
              : error.code === "forbidden"
                ? 403
                : error.code === "unauthorized"
                  ? 401
                  : 400,
        },
      );
    throw error;
  }
}
