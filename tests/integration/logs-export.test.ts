// Log exports over real HTTP (PRODUCT.md §7): every matching row (across keyset batches, through ties in time),
// RFC 4180 escaping with formula injection neutralised, valid streamed JSON, the CLI with the same filters, and
// the route's answers for signed-out, unauthorized and wrong requests.
import { beforeAll, describe, expect, it } from "vitest";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { prisma } from "@/lib/db/client";
import {
  failedCreate,
  insertLogRows,
  outOfScopeSkip,
  successfulUpdate,
  type EntryRow,
} from "@/tests/fixtures/sample-log-entries";
import { PROVISIONING_CSV_HEADER } from "@/lib/logs/export-provisioning-log";
import { DENSE_SEARCH, listProvisioningLog } from "@/lib/logs/list-provisioning-log";
import { parseProvisioningLogFilters } from "@/lib/logs/provisioning-log-filters";
import { runCli, unique } from "./support/cli";
import { createLogsOrg, csvRecords, parseCsv, signedIn, type LogsOrg } from "./support/logs-org";
import type { HttpSession } from "./support/http-session";

// Over 5,000 rows share the tag, so a search for it takes the dense-search plan (DENSE_SEARCH in list-provisioning-log.ts).
const TOTAL = 5_230;
let org: LogsOrg;
let other: LogsOrg;
let help: HttpSession;
let entries: EntryRow[];
const tag = unique("exp").toLowerCase();
const base = Date.now() - 60_000;

beforeAll(async () => {
  [org, other] = [await createLogsOrg(), await createLogsOrg()];
  entries = [];
  for (let i = 0; i < TOTAL; i++) {
    // One a second going back; rows 1985-2015 share one instant, so a 2,000-row batch boundary falls inside a tie.
    const at = new Date(base - (i >= 1985 && i <= 2015 ? 1985 : i) * 1000);
    const person = { displayName: `${tag} Person ${i % 97}`, upn: `${tag}.p${i % 97}@example.com` };
    const ctx = { orgId: org.id, appId: "app-export", at };
    entries.push(
      i % 3 === 0
        ? failedCreate(ctx, person).entry
        : i % 3 === 1
          ? successfulUpdate(ctx, person, [{ name: "title", oldValue: "A", newValue: `B${i}` }])
          : outOfScopeSkip(ctx, person),
    );
  }
  // The same people in another organization: never exported from this one.
  const strangers = Array.from(
    { length: 50 },
    (_, i) =>
      failedCreate(
        { orgId: other.id, appId: "app-x", at: new Date(base - i * 1000) },
        { displayName: `${tag} Person ${i}`, upn: `${tag}.p${i}@example.com` },
      ).entry,
  );
  await insertLogRows([...entries, ...strangers]);
  // Signed in last: building the rows keeps the event loop busy long enough for an idle keep-alive socket to go stale.
  help = await signedIn(org.emails.helpDesk);
});

async function download(session: HttpSession, query: string, kind = "provisioning") {
  const res = await session.fetch(`/api/orgs/${org.slug}/logs/${kind}/export?${query}`);
  return { res, text: await res.text() };
}

const changeIds = (rows: { changeId: string }[]) => rows.map((r) => r.changeId).sort();

describe("provisioning log export", () => {
  it("streams every entry as CSV, across batches and through ties in time, newest first", async () => {
    const { res, text } = await download(help, "range=all&format=csv");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(res.headers.get("content-disposition")).toMatch(/^attachment; filename="provisioning-log-.+\.csv"$/);
    const [header] = parseCsv(text);
    expect(header).toEqual(PROVISIONING_CSV_HEADER);
    const rows = csvRecords(text);
    expect(rows).toHaveLength(TOTAL);
    expect(rows.map((r) => r["Change ID"]!).sort()).toEqual(changeIds(entries as { changeId: string }[]));
    const times = rows.map((r) => Date.parse(r["Date (UTC)"]!));
    expect(times.every((t, i) => i === 0 || t <= times[i - 1]!)).toBe(true);
  });

  it("exports only the rows matching the filters (status, identity prefix, out-of-scope toggle)", async () => {
    const person = `${tag} Person 5`;
    const failures = entries.filter((e) => e.status === "Failure" && e.displayName!.startsWith(person));
    const { text } = await download(help, `range=all&status=Failure&q=${encodeURIComponent(person)}&format=csv`);
    const rows = csvRecords(text);
    expect(rows.length).toBe(failures.length);
    expect(rows.length).toBeGreaterThan(10);
    expect(new Set(rows.map((r) => r.Status))).toEqual(new Set(["Failure"]));
    expect(rows.every((r) => r.Identity!.startsWith(person))).toBe(true);
    expect(rows[0]!.Recommendation).toMatch(/^Verify the user's domain/);

    const visible = await download(help, `range=all&hideOutOfScope=1&format=json`);
    const items = JSON.parse(visible.text) as { status: string }[];
    expect(items.length).toBe(entries.filter((e) => e.status !== "Skipped").length);
    expect(items.some((e) => e.status === "Skipped")).toBe(false);
  });

  it("matches identities by prefix of the name or UPN, not by substring", async () => {
    const count = async (q: string) =>
      csvRecords((await download(help, `range=all&format=csv&q=${encodeURIComponent(q)}`)).text).length;
    const ofPerson7 = entries.filter((e) => e.sourceIdentity === `${tag}.p7@example.com`).length;
    expect(await count(`${tag}.p7@`)).toBe(ofPerson7);
    expect(await count(`${tag.toUpperCase()} PERSON 7`)).toBe(
      entries.filter((e) => e.displayName!.startsWith(`${tag} Person 7`)).length,
    );
    expect(await count("erson 7")).toBe(0);
  });

  it("pages a dense search and a cycle filter like the export lists them", async () => {
    expect(TOTAL).toBeGreaterThan(DENSE_SEARCH);
    const csv = csvRecords((await download(help, `range=all&format=csv&q=${tag}`)).text);
    expect(csv).toHaveLength(TOTAL);
    const page = await listProvisioningLog(org.id, parseProvisioningLogFilters({ range: "all", q: tag }));
    expect(page.rows.map((r) => r.changeId)).toEqual(csv.slice(0, 50).map((r) => r["Change ID"]));
    const next = await listProvisioningLog(
      org.id,
      parseProvisioningLogFilters({ range: "all", q: tag }),
      page.links.next,
    );
    expect(next.rows.map((r) => r.changeId)).toEqual(csv.slice(50, 100).map((r) => r["Change ID"]));
    const one = entries[1234]!;
    const byCycle = await listProvisioningLog(
      org.id,
      parseProvisioningLogFilters({ range: "all", cycle: one.cycleId }),
    );
    expect(byCycle.rows.map((r) => r.changeId)).toEqual([one.changeId]);
    expect(
      csvRecords((await download(help, `range=all&format=csv&cycle=${one.cycleId}`)).text).map((r) => r["Change ID"]),
    ).toEqual([one.changeId]);
  });

  it("escapes CSV per RFC 4180 and neutralises formulas", async () => {
    const tricky = failedCreate(
      { orgId: org.id, appId: "app-export", at: new Date(base + 5_000) },
      { displayName: `Doe, "Jane"\r\nline two ${tag}`, upn: `@${tag}-handle` },
    ).entry;
    tricky.errorReason = '=HYPERLINK("http://evil.example","click")';
    tricky.recommendation = "+1 call the help desk";
    tricky.errorCode = "-2+3";
    await insertLogRows([tricky]);
    const { text } = await download(help, `range=all&format=csv&change=${tricky.changeId}`);
    const [row, ...rest] = csvRecords(text);
    expect(rest).toEqual([]);
    expect(row).toMatchObject({
      Identity: `Doe, "Jane"\r\nline two ${tag}`,
      "Source identity": `'@${tag}-handle`,
      "Error reason": `'=HYPERLINK("http://evil.example","click")`,
      Recommendation: "'+1 call the help desk",
      "Error code": "'-2+3",
    });
    expect(text).toContain(`"'=HYPERLINK(""http://evil.example"",""click"")"`);
  });

  it("streams valid JSON with the steps, modified properties and requests, and [] when nothing matches", async () => {
    const { res, text } = await download(help, "range=all&action=Update&format=json");
    expect(res.headers.get("content-type")).toBe("application/json; charset=utf-8");
    type Item = {
      action: string;
      date: string;
      steps: { name: string }[];
      modifiedProperties: { name: string; newValue: string }[];
      sentRequests: { changeId: string; requests: { method: string }[] };
    };
    const items = JSON.parse(text) as Item[];
    expect(items).toHaveLength(entries.filter((e) => e.action === "Update").length);
    expect(
      items.every(
        (e) =>
          e.action === "Update" &&
          e.steps.length === 5 &&
          e.modifiedProperties[0]!.name === "title" &&
          e.sentRequests.requests[0]!.method === "PATCH",
      ),
    ).toBe(true);
    expect(items[0]!.date).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
    const empty = await download(help, `range=all&q=${unique("nobody")}&format=json`);
    expect(JSON.parse(empty.text)).toEqual([]);
  });

  it("never exports another organization's entries", async () => {
    const { text } = await download(help, `range=all&format=csv&q=${encodeURIComponent(`${tag} Person 1`)}`);
    const ours = new Set(changeIds(entries as { changeId: string }[]));
    expect(csvRecords(text).every((r) => ours.has(r["Change ID"]!))).toBe(true);
  });
});

describe("export route answers", () => {
  it("401 signed out, 403 for a User, 404 for an outsider, 200 for Admin (Read Only), 400 for bad input", async () => {
    const { HttpSession } = await import("./support/http-session");
    const anonymous = await new HttpSession().fetch(`/api/orgs/${org.slug}/logs/provisioning/export?format=csv`);
    expect(anonymous.status).toBe(401);
    expect(((await anonymous.json()) as { error: { code: string } }).error.code).toBe("unauthorized");
    expect((await download(await signedIn(org.emails.user), "format=csv")).res.status).toBe(403);
    expect((await download(await signedIn(org.emails.outsider), "format=csv")).res.status).toBe(404);
    expect((await download(await signedIn(org.emails.adminReadOnly), "format=json&range=24h")).res.status).toBe(200);
    expect((await download(help, "format=xml")).res.status).toBe(400);
    const bad = await download(help, "format=csv&status=Exploded");
    expect(bad.res.status).toBe(400);
    expect(bad.text).toContain('\\"Exploded\\" is not one of');
  });
});

describe("inbound SCIM log export", () => {
  it("exports the filtered requests with their bodies redacted", async () => {
    const f = failedCreate(
      { orgId: org.id, appId: "app-export", at: new Date(base) },
      { displayName: "Scim Export", upn: `${tag}.scim@example.com` },
    );
    // A body written unredacted (an older version, an import): the export still redacts it.
    f.requests[1]!.requestBody = JSON.stringify({ userName: `${tag}.scim@example.com`, password: "hunter2-secret" });
    await insertLogRows([], f.requests);
    const { res, text } = await download(help, `requestId=${f.entry.changeId}&format=json`, "scim");
    expect(res.status).toBe(200);
    const items = JSON.parse(text) as { method: string; status: number; requestBody: string | null }[];
    expect(items.map((r) => `${r.method} ${r.status}`)).toEqual(["POST 400", "GET 200"]);
    expect(text).not.toContain("hunter2");
    expect(JSON.parse(items[0]!.requestBody!)).toMatchObject({ password: "[REDACTED]" });
    const csv = csvRecords((await download(help, `requestId=${f.entry.changeId}&status=4xx&format=csv`, "scim")).text);
    expect(csv.map((r) => [r.Method, r.Status, r["Resource name"]])).toEqual([
      ["POST", "400", `${tag}.scim@example.com`],
    ]);
  });
});

describe("org-center logs export (CLI)", () => {
  it("writes the same rows as the console download, to stdout or to a file", async () => {
    const person = `${tag} Person 9`;
    const http = csvRecords(
      (await download(help, `range=all&status=Failure&q=${encodeURIComponent(person)}&format=csv`)).text,
    );
    const cli = await runCli(
      "logs",
      "export",
      "--org",
      org.slug,
      "--format",
      "csv",
      "--range",
      "all",
      "--status",
      "Failure",
      "--search",
      person,
    );
    expect(cli.status, cli.stderr).toBe(0);
    expect(csvRecords(cli.stdout).map((r) => r["Change ID"])).toEqual(http.map((r) => r["Change ID"]));

    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "logs-cli-")), "out.json");
    const toFile = await runCli(
      "logs",
      "export",
      "--org",
      org.slug,
      "--format",
      "json",
      "--range",
      "all",
      "--hide-out-of-scope",
      "--file",
      file,
      "--json",
    );
    expect(toFile.status, toFile.stderr).toBe(0);
    const items = JSON.parse(fs.readFileSync(file, "utf8")) as unknown[];
    expect(toFile.json<{ rows: number }>().rows).toBe(items.length);
    expect(items.length).toBe(
      await prisma.provisioningLogEntry.count({ where: { orgId: org.id, NOT: { status: "Skipped" } } }),
    );
  });

  it("refuses a bad filter with exit code 1 and names it", async () => {
    const r = await runCli("logs", "export", "--org", org.slug, "--format", "csv", "--status", "Exploded");
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('"Exploded" is not one of');
    expect((await runCli("logs", "export", "--org", org.slug)).status).toBe(2);
  });
});
