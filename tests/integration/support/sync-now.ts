// Presses a provisioning page's Sync now over HTTP, as the page's form posts its server action (the production
// build's action id), with a signed-in console session. API: syncNowActionId(), syncNow(session, slug, appId).
import fs from "node:fs";
import path from "node:path";
import type { HttpSession } from "./http-session";

/** The id the production build gave the provisioning page's Sync now action (what the page's form posts). */
export function syncNowActionId(): string {
  const manifest = JSON.parse(
    fs.readFileSync(path.resolve(import.meta.dirname, "../../../.next/server/server-reference-manifest.json"), "utf8"),
  ) as { node: Record<string, { filename?: string; exportedName?: string }> };
  const found = Object.entries(manifest.node).find(
    ([, a]) => a.exportedName === "syncNowAction" && a.filename?.endsWith("provisioning/actions.ts"),
  );
  if (!found) throw new Error("syncNowAction is not in .next/server/server-reference-manifest.json (npm run build)");
  return found[0];
}

/** Posts the Sync now server action as the page does; resolves with the action's answer (its message). */
export async function syncNow(session: HttpSession, slug: string, appId: string): Promise<string> {
  const res = await session.fetch(`/o/${slug}/apps/${appId}/provisioning`, {
    method: "POST",
    headers: {
      "next-action": syncNowActionId(),
      "content-type": "text/plain;charset=UTF-8",
      accept: "text/x-component",
      origin: session.baseUrl,
    },
    body: JSON.stringify([slug, appId]),
  });
  const body = await res.text();
  if (res.status !== 200) throw new Error(`Sync now answered ${res.status}: ${body.slice(0, 500)}`);
  return body;
}
