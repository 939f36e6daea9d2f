// An admin with an organization of its own (verified domain, people in source groups), seeded with the operator
// CLI, so a spec shares nothing with the others. Returns what the spec needs to sign in and find its data.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { cli, uniqueName } from "./cli";

export const OWN_PASSWORD = "a-long-password";

export type Person = { first: string; last: string; upn: string; department: string; group: string };

/** `outsiders` people of the team group have a userName outside the verified domain: the target refuses them. */
export function ownOrganization(prefix = "e2e", people = 3, outsiders = 0) {
  const tag = uniqueName(prefix).replace(/[^a-z0-9]/gi, "").toLowerCase();
  const domain = `${tag}.example.com`;
  const email = `admin@${domain}`;
  cli("account", "create", "--email", email, "--name", "Pat Provisioner", "--password", OWN_PASSWORD);
  const orgName = `Org ${tag}`;
  const org = cli<{ slug: string }>("org", "create", "--name", orgName, "--owner", email);
  cli("domain", "mark-verified", "--org", org.slug, "--domain", domain);
  const firsts = ["Ivy", "Jude", "Kai", "Lena", "Milo", "Nora", "Omar", "Pia", "Quinn", "Rosa", "Sami", "Tara"];
  const team = `Team ${tag}`;
  const legal = `Legal ${tag}`;
  const list: Person[] = firsts.slice(0, people).map((first, i) => ({
    first, last: `Doe${i}`, upn: `${first.toLowerCase()}@${domain}`, department: i % 3 === 2 ? "Legal" : "Engineering", group: i % 2 === 0 ? team : legal,
  }));
  for (let i = 0; i < outsiders; i++) list.push({ first: `Otto${i}`, last: "Outsider", upn: `otto${i}@elsewhere-${tag}.example.net`, department: "Sales", group: team });
  const rows = list.map((p) => `${p.upn},${p.first} ${p.last},${p.first},${p.last},${p.department},true,${p.group}`);
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "e2e-org-")), "people.csv");
  fs.writeFileSync(file, ["userPrincipalName,displayName,givenName,surname,department,accountEnabled,groups", ...rows].join("\n"));
  cli("directory", "import", "--org", org.slug, "--file", file);
  return { tag, domain, email, password: OWN_PASSWORD, slug: org.slug, orgName, people: list, team, legal };
}
