// The demo tenant's source directory (Contoso, as Microsoft's docs call it): a few hundred people with the usual
// Entra attributes, department, location and project groups, some disabled accounts, and a handful of contractors
// in a domain Contoso has not verified (so provisioning shows real failures). Deterministic; inserted in bulk.
import crypto from "node:crypto";
import type { prisma } from "@/lib/db/client";
import { demoUsers } from "@/lib/demo/demo-data";

const FIRST = [
  "Aiko",
  "Ben",
  "Carla",
  "Dev",
  "Elif",
  "Femi",
  "Greta",
  "Hiro",
  "Ines",
  "Jonas",
  "Kavya",
  "Luca",
  "Maya",
  "Nikolai",
  "Olga",
  "Pavel",
  "Rania",
  "Sam",
  "Tomás",
  "Ulla",
  "Vera",
  "Will",
  "Xin",
  "Yara",
  "Zoe",
  "Arjun",
  "Bea",
  "Cyril",
  "Dalia",
  "Erik",
];
const LAST = [
  "Andersen",
  "Brooks",
  "Costa",
  "Dubois",
  "Eriksen",
  "Fischer",
  "Gómez",
  "Hughes",
  "Ivanova",
  "Jensen",
  "Kim",
  "Larsen",
  "Moreau",
  "Nakamura",
  "O'Neil",
  "Popescu",
  "Quinn",
  "Reyes",
  "Schmidt",
  "Tanaka",
];
const DEPARTMENTS = ["Sales", "Engineering", "Support", "Finance", "Marketing", "Legal"];
const DIVISIONS = ["EMEA", "Americas", "APAC"];
const PROJECTS = ["Project Atlas", "Project Borealis", "Project Cobalt"];
export const DEMO_DIRECTORY_SIZE = 264;

type Db = Pick<typeof prisma, "sourceUser" | "sourceGroup" | "sourceGroupMember" | "sourceDirectoryCounter">;

const guid = (seed: string) => {
  const h = crypto.createHash("sha256").update(seed).digest("hex");
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`;
};
const ascii = (s: string) =>
  s
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^A-Za-z]/g, "")
    .toLowerCase();

export function demoDirectoryPeople() {
  const people = demoUsers().map((u) => ({
    upn: u.userName,
    given: u.givenName,
    sur: u.familyName,
    department: u.department,
    division: u.division,
    costCenter: u.costCenter,
    employeeId: u.employeeNumber,
    title: u.title,
    enabled: u.active,
  }));
  const seen = new Set(people.map((p) => p.upn));
  for (let i = 0; people.length < DEMO_DIRECTORY_SIZE - 6; i++) {
    const given = FIRST[i % FIRST.length]!;
    const sur = LAST[Math.floor(i / FIRST.length) % LAST.length]!;
    let upn = `${ascii(given)}.${ascii(sur)}@contoso.com`;
    if (seen.has(upn)) upn = upn.replace("@", `${i}@`);
    seen.add(upn);
    const department = DEPARTMENTS[(i * 7) % DEPARTMENTS.length]!;
    people.push({
      upn,
      given,
      sur,
      department,
      division: DIVISIONS[i % 3]!,
      costCenter: `CC-${100 + ((i * 3) % 6) * 100}`,
      employeeId: String(20001 + i),
      title: i % 9 === 0 ? `${department} Lead` : `${department} Associate`,
      enabled: i % 23 !== 5,
    });
  }
  for (let i = 0; i < 6; i++) {
    people.push({
      upn: `contractor${i + 1}@fabrikam.com`,
      given: FIRST[(i * 5) % FIRST.length]!,
      sur: LAST[(i * 3) % LAST.length]!,
      department: "Engineering",
      division: "EMEA",
      costCenter: "CC-900",
      employeeId: `C-${i + 1}`,
      title: "Contractor",
      enabled: true,
    });
  }
  return people;
}

export async function seedDemoDirectory(db: Db, orgId: string): Promise<{ users: number; groups: number }> {
  const people = demoDirectoryPeople();
  const users = people.map((p, i) => ({
    id: crypto.randomUUID(),
    orgId,
    objectId: guid(`user:${p.upn}`),
    userPrincipalName: p.upn,
    upnLower: p.upn.toLowerCase(),
    mail: p.upn,
    mailNickname: p.upn.split("@")[0]!,
    givenName: p.given,
    surname: p.sur,
    displayName: `${p.given} ${p.sur}`,
    displayNameLower: `${p.given} ${p.sur}`.toLowerCase(),
    department: p.department,
    jobTitle: p.title,
    employeeId: p.employeeId,
    costCenter: p.costCenter,
    division: p.division,
    companyName: p.upn.endsWith("@fabrikam.com") ? "Fabrikam" : "Contoso",
    officeLocation: ["Seattle", "Dublin", "Singapore"][i % 3]!,
    accountEnabled: p.enabled,
    changeSeq: 1,
  }));
  const groupDefs: [name: string, description: string, members: (u: (typeof users)[number], i: number) => boolean][] = [
    ...DEPARTMENTS.map(
      (d) =>
        [
          `${d} team`,
          `Everyone in ${d}`,
          (u: (typeof users)[number]) => u.department === d && u.companyName === "Contoso",
        ] as [string, string, (u: (typeof users)[number], i: number) => boolean],
    ),
    ...DIVISIONS.map(
      (d) =>
        [
          `${d} staff`,
          `Division ${d}`,
          (u: (typeof users)[number]) => u.division === d && u.companyName === "Contoso",
        ] as [string, string, (u: (typeof users)[number], i: number) => boolean],
    ),
    ...PROJECTS.map(
      (p, k) =>
        [p, `${p} members`, (_u: unknown, i: number) => i % 17 === k * 3] as [
          string,
          string,
          (u: (typeof users)[number], i: number) => boolean,
        ],
    ),
    ["Managers", "People managers", (u) => /Manager|Lead/.test(u.jobTitle ?? "")],
    [
      "Contractors (Fabrikam)",
      "External contractors, fabrikam.com (not a verified domain of Contoso)",
      (u) => u.companyName === "Fabrikam",
    ],
  ];
  const groups = groupDefs.map(([name, description]) => ({
    id: crypto.randomUUID(),
    orgId,
    objectId: guid(`group:${name}`),
    displayName: name,
    displayNameLower: name.toLowerCase(),
    description,
    changeSeq: 1,
  }));
  const members = groupDefs.flatMap(([, , test], g) =>
    users.filter((u, i) => test(u, i)).map((u) => ({ groupId: groups[g]!.id, userId: u.id })),
  );
  await db.sourceDirectoryCounter.create({ data: { orgId, seq: 1 } });
  await db.sourceUser.createMany({ data: users });
  await db.sourceGroup.createMany({ data: groups });
  await db.sourceGroupMember.createMany({ data: members });
  return { users: users.length, groups: groups.length };
}
