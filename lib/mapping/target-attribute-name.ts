// What a target attribute may be called: a SCIM attribute path the engine can read and write (RFC 7644 §3.10):
// "userName", "name.givenName", 'emails[type eq "work"].value', or an extension URN then ":attribute".
// Names are unique in the list regardless of case, as SCIM attribute names are case-insensitive.

const NAME = "[A-Za-z][\\w$-]*";
const SIMPLE = new RegExp(`^${NAME}(\\.${NAME})?$`);
const FILTERED = new RegExp(`^${NAME}\\[\\s*${NAME}\\s+eq\\s+"[^"]*"\\s*\\]\\.${NAME}$`, "i");
const EXTENSION = new RegExp(`^urn:[A-Za-z0-9][A-Za-z0-9-]*(:[A-Za-z0-9._%-]+)+:${NAME}(\\.${NAME})?$`, "i");

export function isScimAttributePath(name: string): boolean {
  return SIMPLE.test(name) || FILTERED.test(name) || EXTENSION.test(name);
}

/** Why `name` cannot be a target attribute in a list of `others` (the list without the attribute being named), or null. */
export function targetAttributeNameError(name: string, others: readonly string[]): string | null {
  const trimmed = name.trim();
  if (trimmed === "") return "Enter a name.";
  if (!isScimAttributePath(trimmed)) {
    return `"${trimmed}" is not a SCIM attribute path. Use a name such as userName, name.givenName, emails[type eq "work"].value or urn:…:User:department.`;
  }
  const clash = others.find((o) => o.toLowerCase() === trimmed.toLowerCase());
  if (clash !== undefined) return `"${clash}" is already in the target attribute list.`;
  return null;
}
