// GET ?type=user|group&q=…: identity-source suggestions for the assignment form (signed-in console readers only).
import { authorize } from "@/lib/auth/guard";
import { isAppError } from "@/lib/errors/app-error";
import { logger } from "@/lib/log/logger";
import { suggestPrincipals, ZSuggestQuery } from "@/lib/source-directory/suggest-principals";

export const dynamic = "force-dynamic";

export async function GET(req: Request, { params }: { params: Promise<{ org: string }> }) {
  const { org: slug } = await params;
  try {
    const ctx = await authorize(slug, "console:read");
    const search = new URL(req.url).searchParams;
    const query = ZSuggestQuery.safeParse({ type: search.get("type"), q: search.get("q") ?? "" });
    if (!query.success)
      return Response.json(
        { error: "Give type=user or type=group, and at most 200 characters of text." },
        { status: 400 },
      );
    return Response.json(
      { suggestions: await suggestPrincipals(ctx.org.id, query.data) },
      { headers: { "cache-control": "no-store" } },
    );
  } catch (error) {
    const status = isAppError(error)
      ? (({ unauthorized: 401, forbidden: 403 } as Record<string, number>)[error.code] ?? 404)
      : 500;
    if (status === 500) logger.error({ err: error, component: "console" }, "Identity-source suggestions failed");
    return Response.json({ error: isAppError(error) ? error.message : "Suggestions unavailable." }, { status });
  }
}
