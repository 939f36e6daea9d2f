// What would bring an object that was skipped as out of scope into scope (issue 15), read from the Scoping step the
// engine logged (lib/provisioning/engine/scope.ts). scopeHint(detail, who) → a sentence, or null when in scope.
export type HintSubject = { objectType: string; appName: string | null };

type FailingClause = { filter: string; clause: string; value: string };

/** "[Sales only] department EQUALS "Sales" (value: Marketing) → false; …" → the clauses that were false. */
export function failingClauses(detail: string): FailingClause[] {
  const list = detail.replace(/^.*?Scoping clauses:\s*/s, "").replace(/\.\s*$/, "");
  return list.split(/;\s*(?=\[)/).flatMap((part) => {
    const m = /^\[([^\]]*)\]\s*(.*?)\s*\(value: (.*)\)\s*→\s*(true|false)$/s.exec(part.trim());
    return m && m[4] === "false" ? [{ filter: m[1]!, clause: m[2]!, value: m[3]! }] : [];
  });
}

export function scopeHint(detail: string, { objectType, appName }: HintSubject): string | null {
  const app = appName ?? "the application";
  const it = objectType === "Group" ? "the group" : "the person";
  if (/is not assigned to the application, directly or through a group/i.test(detail)) {
    return `Assign ${it} to ${app}, directly or through one of their groups (an admin does this on the app's Users and groups tab); the next cycle then provisions them.`;
  }
  if (/group is not assigned to the application/i.test(detail)) {
    return `Assign the group to ${app} (an admin does this on the app's Users and groups tab); the next cycle then provisions it and its members who are in scope.`;
  }
  if (/No scoping filter matched/i.test(detail)) {
    const failing = failingClauses(detail);
    const list = failing.map((c) => `${c.clause} (now ${c.value})`).join("; ");
    return `Every clause of one scoping filter must be true. ${list ? `Not true now: ${list}. ` : ""}Change ${objectType === "Group" ? "the group's" : "the person's"} attributes in the identity source to match, or ask an admin to change the scoping filter of ${app}.`;
  }
  if (/was deleted from the source directory/i.test(detail))
    return `Restore ${it} in the identity source; the next cycle then provisions ${objectType === "Group" ? "it" : "them"} again.`;
  if (/provisioning is disabled in the mappings/i.test(detail))
    return `An admin must enable ${objectType === "Group" ? "group" : "user"} provisioning in the mappings of ${app}.`;
  return null;
}
