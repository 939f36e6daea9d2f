// What the Directory's Source column says: the SCIM writer is stored as "SCIM (<token name>)", and for an OAuth
// access token as "SCIM (OAuth (<client id>))"; the client id is replaced by the client's name a person recognises.
import { clientNames } from "@/lib/oauth/client-names";

const OAUTH_SOURCE = /^SCIM \(OAuth \(([^()]+)\)\)$/;

export async function sourceLabels(sources: Iterable<string>): Promise<Map<string, string>> {
  const list = [...new Set(sources)];
  const clientIds = list.flatMap((s) => OAUTH_SOURCE.exec(s)?.[1] ?? []);
  const names = await clientNames(clientIds);
  return new Map(
    list.map((s) => {
      const clientId = OAUTH_SOURCE.exec(s)?.[1];
      return [s, clientId && names.has(clientId) ? `SCIM (${names.get(clientId)})` : s];
    }),
  );
}

export async function sourceLabel(source: string): Promise<string> {
  return (await sourceLabels([source])).get(source) ?? source;
}
