// The name a person is shown under in the Directory: the display name, else given + family name (LogMeIn's default
// mappings send no displayName), else the userName. Pure, so client components can use it too.
export type NameParts = {
  displayName?: string | null;
  givenName?: string | null;
  familyName?: string | null;
  userName: string;
};

export function personName({ displayName, givenName, familyName, userName }: NameParts): string {
  if (displayName?.trim()) return displayName.trim();
  const full = [givenName, familyName]
    .map((p) => p?.trim())
    .filter(Boolean)
    .join(" ");
  return full || userName;
}
