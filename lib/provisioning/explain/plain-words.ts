// Provisioning terms in the words a help-desk agent uses: attribute names as people know them, scoping clauses as
// sentences, times as "Dec 6, 10:40 UTC". Pure.
import type { TScopeClause } from "@/lib/mapping/types";

const LABELS: Record<string, string> = {
  userName: "user name",
  externalId: "external id",
  active: "account enabled",
  displayName: "display name",
  "name.givenName": "first name",
  "name.familyName": "last name",
  title: "job title",
  employeeNumber: "employee number",
  costCenter: "cost center",
  members: "members",
  userPrincipalName: "user name (UPN)",
  accountEnabled: "account enabled",
  givenName: "first name",
  surname: "last name",
  jobTitle: "job title",
  employeeId: "employee number",
  mail: "email",
  mailNickname: "mail nickname",
  objectId: "object id",
  companyName: "company",
  officeLocation: "office",
  department: "department",
  division: "division",
  IsSoftDeleted: "deleted or disabled",
};

/** "urn:…:enterprise:2.0:User:department" → "department"; "name.givenName" → "first name". */
export function attributeLabel(path: string): string {
  if (LABELS[path]) return LABELS[path]!;
  const last = path.includes(":") ? path.slice(path.lastIndexOf(":") + 1) : path;
  if (LABELS[last]) return LABELS[last]!;
  if (/^emails\[/.test(path)) return "email";
  return last.replace(/([a-z])([A-Z])/g, "$1 $2").toLowerCase();
}

const q = (v: string | undefined) => `"${v ?? ""}"`;

/** What the clause asks for, e.g. `department equal to "Engineering"`, `a member of the group "Sales team"`. */
export function clauseWords(clause: TScopeClause): string {
  const name = attributeLabel(clause.attribute);
  const value = clause.label ?? clause.value;
  switch (clause.operator) {
    case "EQUALS":
      return `${name} equal to ${q(value)}`;
    case "NOT EQUALS":
      return `${name} other than ${q(value)}`;
    case "IS TRUE":
      return `${name} set to true`;
    case "IS FALSE":
      return `${name} set to false`;
    case "IS NULL":
      return `${name} empty`;
    case "IS NOT NULL":
      return `${name} filled in`;
    case "REGEX MATCH":
      return `${name} matching the pattern ${q(value)}`;
    case "NOT REGEX MATCH":
      return `${name} not matching the pattern ${q(value)}`;
    case "Greater_Than":
      return `${name} greater than ${value}`;
    case "Greater_Than_OR_EQUALS":
      return `${name} of at least ${value}`;
    case "Less_Than":
      return `${name} less than ${value}`;
    case "Less_Than_OR_EQUALS":
      return `${name} of at most ${value}`;
    case "Includes":
      return `${name} containing ${q(value)}`;
    case "ENDS_WITH":
      return `${name} ending with ${q(value)}`;
    case "&":
      return `${name} with bit ${value} set`;
    case "!&":
      return `${name} without bit ${value} set`;
    case "MEMBER OF":
      return `membership of the group ${q(value)}`;
    case "NOT MEMBER OF":
      return `no membership of the group ${q(value)}`;
  }
}

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** "Dec 6, 10:40 UTC": the console shows UTC everywhere. */
export function formatWhen(date: Date | string): string {
  const d = typeof date === "string" ? new Date(date) : date;
  const hh = String(d.getUTCHours()).padStart(2, "0");
  const mm = String(d.getUTCMinutes()).padStart(2, "0");
  return `${MONTHS[d.getUTCMonth()]} ${d.getUTCDate()}, ${hh}:${mm} UTC`;
}

/** "Mira Quinn" → "Mira": the answer names people the way a colleague would. */
export function firstName(displayName: string, givenName: string | null): string {
  return givenName?.trim() || displayName.trim().split(/\s+/)[0] || displayName;
}
