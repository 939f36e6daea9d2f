// What the mapping editor needs besides the definition: source groups for the group-membership clause, and Test
// expression itself (its source user is searched through the identity source's suggestion route).
import { prisma } from "@/lib/db/client";
import { caretDisplay, evaluateExpressionSync, isExpressionError, isIgnoreFlow } from "@/lib/expressions";
import { loadUsers } from "@/lib/provisioning/engine/load-objects";
import { userAttributes } from "@/lib/provisioning/engine/scope";
import { findSourceUser } from "@/lib/source-directory/find-source-principal";

export async function listEditorSources(orgId: string) {
  const groups = await prisma.sourceGroup.findMany({
    where: { orgId, deletedAt: null },
    select: { id: true, displayName: true },
    orderBy: { displayNameLower: "asc" },
    take: 500,
  });
  return { groups: groups.map((g) => ({ id: g.id, label: g.displayName })) };
}

export type ExpressionTest =
  { ok: true; value: string; ignored: boolean; source: string } | { ok: false; error: string; caret?: string };

/** Evaluates an expression for one source user, as the engine would (Test expression). */
export async function testExpression(orgId: string, expression: string, userRef: string): Promise<ExpressionTest> {
  const found = await findSourceUser(orgId, userRef);
  const [user] = await loadUsers(orgId, [found.id]);
  try {
    const result = evaluateExpressionSync(expression, { source: userAttributes(user!) });
    if (isIgnoreFlow(result)) return { ok: true, value: "", ignored: true, source: found.userPrincipalName };
    const value =
      result === null
        ? "(null)"
        : Array.isArray(result)
          ? JSON.stringify(result)
          : typeof result === "boolean"
            ? result
              ? "True"
              : "False"
            : String(result);
    return { ok: true, value, ignored: false, source: found.userPrincipalName };
  } catch (error) {
    if (isExpressionError(error))
      return { ok: false, error: error.message, caret: caretDisplay(expression, error.position, error.end, "") };
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}
