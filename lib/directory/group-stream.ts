// GET /Groups/{id} with its members as a JSON stream: the group's other attributes are rendered (and projected) as
// usual, and its members array is written page by page from the database (group-member-pages.ts) in bounded memory.
// API: streamGroupResource(resource, groupId) → JsonStream; MEMBERS_PLACEHOLDER.
import type { JsonObject } from "@/lib/scim/json";
import { jsonStream, type JsonStream } from "@/lib/scim/json-stream";
import type { MemberRecord } from "./group-record";
import { memberPages } from "./group-member-pages";

/** Stands in for the members when the resource is rendered and projected: shows which sub-attributes are returned. */
export const MEMBERS_PLACEHOLDER: MemberRecord[] = [{ userId: "\u0000members\u0000", display: "\u0000display\u0000" }];

type MemberJson = { value?: string; display?: string; type?: string };

/** `resource` was rendered with MEMBERS_PLACEHOLDER as its members and projected; the members are read as it is written. */
export function streamGroupResource(resource: JsonObject, groupId: string): JsonStream {
  const shown = Object.keys(((resource.members as JsonObject[] | undefined) ?? [])[0] ?? {}) as (keyof MemberJson)[];
  const marker = "\u0000members-array\u0000";
  const [before, after] = JSON.stringify({ ...resource, members: marker }).split(JSON.stringify(marker)) as [
    string,
    string,
  ];
  const member = (m: MemberRecord): MemberJson => {
    const all: Required<MemberJson> = { value: m.userId, display: m.display, type: "User" };
    return Object.fromEntries(shown.map((k) => [k, all[k]]));
  };
  return jsonStream(async function* () {
    yield `${before}[`;
    let first = true;
    for await (const page of memberPages(groupId)) {
      const text = page.map((m) => JSON.stringify(member(m))).join(",");
      yield first ? text : `,${text}`;
      first = false;
    }
    yield `]${after}`;
  });
}
