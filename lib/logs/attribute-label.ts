// SCIM attribute paths as people know them (issue 15): "urn:…:enterprise:2.0:User:department" reads "department",
// "name.givenName" reads "first name". attributeLabel(path) gives the label; the path stays shown as a detail.
const KNOWN: Record<string, string> = {
  username: "user name (sign-in)",
  externalid: "external ID",
  active: "account enabled",
  displayname: "display name",
  nickname: "nickname",
  title: "job title",
  usertype: "user type",
  preferredlanguage: "preferred language",
  locale: "locale",
  timezone: "time zone",
  "name.givenname": "first name",
  "name.familyname": "last name",
  "name.formatted": "full name",
  "name.middlename": "middle name",
  employeenumber: "employee number",
  costcenter: "cost center",
  division: "division",
  department: "department",
  organization: "organization",
  manager: "manager",
  "manager.value": "manager",
  members: "members",
  "members (added)": "members added",
  "members (removed)": "members removed",
};

const ENTERPRISE = /^urn:ietf:params:scim:schemas:extension:enterprise:2\.0:user:/i;

/** `emails[type eq "work"].value` → "work email"; `phoneNumbers[type eq "mobile"].value` → "mobile phone". */
function multiValued(path: string): string | null {
  const m = /^(\w+)\[type eq "([^"]+)"\](?:\.(\w+))?$/i.exec(path);
  if (!m) return null;
  const [, attr, type, sub] = m;
  const noun: Record<string, string> = {
    emails: "email",
    phonenumbers: "phone",
    addresses: "address",
    ims: "chat address",
    photos: "photo",
  };
  const base = `${type} ${noun[attr!.toLowerCase()] ?? words(attr!)}`;
  return sub && sub.toLowerCase() !== "value" && sub.toLowerCase() !== "formatted" ? `${base} (${words(sub)})` : base;
}

/** "costCenter" → "cost center". */
function words(name: string): string {
  return name
    .replace(/([a-z0-9])([A-Z])/g, "$1 $2")
    .replace(/[_.]+/g, " ")
    .toLowerCase()
    .trim();
}

export function attributeLabel(path: string): string {
  const trimmed = path.trim();
  const bare = trimmed
    .replace(ENTERPRISE, "")
    .replace(/^urn:[^ ]*:/i, (urn) =>
      urn.toLowerCase().startsWith("urn:ietf:params:scim:schemas:core:2.0:") ? "" : urn,
    );
  const known = KNOWN[bare.toLowerCase()];
  if (known) return known;
  const multi = multiValued(bare);
  if (multi) return multi;
  // Another extension's attribute: its last segment.
  const last = bare.startsWith("urn:") ? bare.slice(bare.lastIndexOf(":") + 1) : bare;
  return words(last) || trimmed;
}
