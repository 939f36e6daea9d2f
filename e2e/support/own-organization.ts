// An admin with an organization of its own (verified domain, people in source groups, optionally a LogMeIn app with
// the Team group assigned), seeded in one process, so a spec shares nothing with the others.
import path from "node:path";
import { execFileSync } from "node:child_process";
import { E2E_DATABASE_URL } from "@/playwright.config";
import { uniqueName } from "./cli";

export const OWN_PASSWORD = "a-long-password";
const root = path.resolve(import.meta.dirname, "../..");

export type Person = { first: string; last: string; upn: string; department: string; group: string };
type Options = { people?: number; outsiders?: number; app?: boolean; assignTeam?: boolean };

/**
 * `people` at the verified domain: even ones in the Team group, odd ones in the Legal group, every third in the
 * Legal department. `outsiders` more in the Team group with a userName outside it (the target refuses them).
 */
export function ownOrganization(
  prefix = "e2e",
  { people = 3, outsiders = 0, app = false, assignTeam = true }: Options = {},
) {
  const tag = uniqueName(prefix)
    .replace(/[^a-z0-9]/gi, "")
    .toLowerCase();
  const domain = `${tag}.example.com`;
  const email = `admin@${domain}`;
  const orgName = `Org ${tag}`;
  const team = `Team ${tag}`;
  const legal = `Legal ${tag}`;
  const firsts = ["Ivy", "Jude", "Kai", "Lena", "Milo", "Nora", "Omar", "Pia", "Quinn", "Rosa", "Sami", "Tara"];
  const list: Person[] = firsts.slice(0, people).map((first, i) => ({
    first,
    last: `Doe${i}`,
    upn: `${first.toLowerCase()}@${domain}`,
    department: i % 3 === 2 ? "Legal" : "Engineering",
    group: i % 2 === 0 ? team : legal,
  }));
  for (let i = 0; i < outsiders; i++)
    list.push({
      first: `Otto${i}`,
      last: "Outsider",
      upn: `otto${i}@elsewhere-${tag}.example.net`,
      department: "Sales",
      group: team,
    });
  const rows = list.map((p) => `${p.upn},${p.first} ${p.last},${p.first},${p.last},${p.department},true,${p.group}`);
  const csv = ["userPrincipalName,displayName,givenName,surname,department,accountEnabled,groups", ...rows].join("\n");
  const appName = `LogMeIn ${tag}`;
  const spec = {
    email,
    name: "Pat Provisioner",
    password: OWN_PASSWORD,
    orgName,
    domain,
    csv,
    ...(app
      ? {
          app: {
            name: appName,
            baseUrl: `http://localhost:${Number(process.env.E2E_PORT ?? 3100)}`,
            groups: assignTeam ? [team] : [],
          },
        }
      : {}),
  };
  const out = execFileSync(
    process.execPath,
    [
      path.join(root, "node_modules/tsx/dist/cli.mjs"),
      "--tsconfig",
      path.join(root, "tsconfig.json"),
      path.join(root, "e2e/support/seed-own-organization.ts"),
      JSON.stringify(spec),
    ],
    {
      cwd: root,
      env: { ...process.env, DATABASE_URL: E2E_DATABASE_URL },
      encoding: "utf8",
    },
  );
  const seeded = JSON.parse(out) as { slug: string; appId?: string };
  return {
    tag,
    domain,
    email,
    password: OWN_PASSWORD,
    slug: seeded.slug,
    appId: seeded.appId,
    appName,
    orgName,
    people: list,
    team,
    legal,
  };
}
