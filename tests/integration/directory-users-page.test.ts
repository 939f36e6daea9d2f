// The console's Directory users page over real HTTP, signed in: paging and its total, the name and email search
// (LIKE wildcards taken literally), and the status and source filters, all run in the database (list-users-page.ts).
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import { createAccount } from "@/lib/accounts/create-account";
import { createOrganization } from "@/lib/orgs/create-organization";
import { CLI_ACTOR } from "@/lib/audit/record-audit-event";
import { HttpSession } from "./support/http-session";
import { unique } from "./support/cli";

const PASSWORD = "integration-password-1";
let session: HttpSession;
let slug: string;

beforeAll(async () => {
  const email = `${unique("dir-admin")}@example.com`;
  await createAccount({ email, name: "Directory Admin", password: PASSWORD });
  const org = await createOrganization({ name: unique("Directory Org"), ownerEmail: email }, CLI_ACTOR);
  slug = org.slug;
  // 60 users a00…a59; 3 named "Needle …"; a45 inactive; a50–a59 from another source; a07 has a second email.
  const users = Array.from({ length: 60 }, (_, i) => {
    const userName = `a${String(i).padStart(2, "0")}@dir.example`;
    const displayName = i % 20 === 3 ? `Needle ${i}` : `Person ${i}`;
    return {
      id: randomUUID(),
      orgId: org.id,
      userName,
      userNameLower: userName,
      displayName,
      displayNameLower: displayName.toLowerCase(),
      active: i !== 45,
      source: i >= 50 ? "scim-other" : "benchmark",
    };
  });
  await prisma.orgUser.createMany({ data: users });
  await prisma.orgUserEmail.create({
    data: { userId: users[7]!.id, value: "Zebra@Elsewhere.example", valueLower: "zebra@elsewhere.example" },
  });
  session = new HttpSession();
  expect(await session.signIn(email, PASSWORD, `198.51.100.${Math.floor(Math.random() * 200) + 20}`)).toBeNull();
});

async function page(query: string): Promise<{ text: string; userNames: string[] }> {
  const res = await session.fetch(`/o/${slug}/directory/users${query}`);
  expect(res.status).toBe(200);
  const text = await res.text();
  return { text, userNames: [...new Set(text.match(/a\d\d@dir\.example/g) ?? [])] };
}

describe("the Directory users page", () => {
  it("pages in userName order with the total", async () => {
    const first = await page("");
    expect(first.text).toContain("1–25 of 60");
    expect(first.userNames.slice(0, 3)).toEqual(["a00@dir.example", "a01@dir.example", "a02@dir.example"]);
    const last = await page("?page=3");
    expect(last.text).toContain("51–60 of 60");
    expect(last.userNames).toEqual(Array.from({ length: 10 }, (_, i) => `a${50 + i}@dir.example`));
  });

  it("searches names and every email, case-insensitively, with % and _ taken literally", async () => {
    const needles = await page("?q=NEEDLE");
    expect(needles.text).toContain("1–3 of 3");
    expect(needles.userNames).toEqual(["a03@dir.example", "a23@dir.example", "a43@dir.example"]);
    const byEmail = await page("?q=zebra%40else");
    expect(byEmail.userNames).toEqual(["a07@dir.example"]);
    expect((await page("?q=a_0")).text).toContain("0 results");
    expect((await page("?q=%25")).text).toContain("0 results");
  });

  it("filters by status and by source", async () => {
    const inactive = await page("?status=inactive");
    expect(inactive.userNames).toEqual(["a45@dir.example"]);
    const other = await page("?source=scim-other&status=active");
    expect(other.text).toContain("1–10 of 10");
    const searchedOther = await page("?source=scim-other&q=needle");
    expect(searchedOther.userNames).toEqual([]);
  });
});
