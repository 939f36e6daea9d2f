// A synthetic source directory as import CSV (deterministic): N users, M groups of 5 to 50 members each, and with
// `halfGroup` one more group ("Everyone half") holding every other user, the size of group that stresses membership.
export function directoryCsv(users: number, groups: number, domain: string, { halfGroup = false } = {}): string {
  const membership = new Map<number, string[]>();
  for (let g = 0; g < groups; g++) {
    const size = 5 + ((g * 7919) % 46);
    for (let k = 0; k < size; k++) {
      const u = (g * 131 + k * 977) % users;
      const list = membership.get(u) ?? [];
      if (!list.includes(`Group ${g}`)) list.push(`Group ${g}`);
      membership.set(u, list);
    }
  }
  const depts = ["Sales", "Engineering", "Support", "Finance", "Marketing"];
  const lines = [
    "userPrincipalName,displayName,givenName,surname,department,employeeId,costCenter,division,accountEnabled,groups",
  ];
  for (let i = 0; i < users; i++) {
    const groupsOf = membership.get(i) ?? [];
    lines.push(
      [
        `user${i}@${domain}`,
        `User ${i}`,
        "User",
        String(i),
        depts[i % depts.length],
        String(100000 + i),
        `CC-${i % 20}`,
        i % 2 ? "EMEA" : "Americas",
        "true",
        (halfGroup && i % 2 === 0 ? [...groupsOf, "Everyone half"] : groupsOf).join(";"),
      ].join(","),
    );
  }
  return lines.join("\n");
}
