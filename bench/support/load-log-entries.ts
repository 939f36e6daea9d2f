// Fills an organization's provisioning log with N entries spread over the last `days` days, shaped as the engine
// writes them: ~60% Success, ~28% out-of-scope Skipped, ~7% Failure, ~5% Warning; 20,000 people (display names
// repeat, as in real directories) in 40 email domains, cycles every 40 minutes across 3 apps; and the identity
// search's word index of those people, as the engine writes it.
import crypto from "node:crypto";
import Database from "better-sqlite3";
import { PROVISIONING_LOG_COLUMNS as COLUMNS, type ProvisioningLogColumn } from "@/lib/logs/provisioning-log-columns";
import { identityRows } from "@/lib/logs/record-log-identities";
import type { EntryRow } from "@/tests/fixtures/sample-log-entries";

const FIRST = [
  "Alice",
  "Bruno",
  "Chen",
  "Dana",
  "Emeka",
  "Fatima",
  "Gustav",
  "Hana",
  "Ivan",
  "Jia",
  "Kofi",
  "Lena",
  "Mateo",
  "Nora",
  "Omar",
  "Priya",
  "Quinn",
  "Rosa",
  "Sven",
  "Tariq",
  "Uma",
  "Viktor",
  "Wen",
  "Yusuf",
  "Zoe",
  "Amir",
  "Beatriz",
  "Carlos",
  "Divya",
  "Elif",
  "Farah",
  "Goran",
  "Helga",
  "Ingrid",
  "Jonas",
  "Kenji",
  "Leila",
  "Marta",
  "Nikolai",
  "Olga",
];
const LAST = [
  "Smith",
  "Rossi",
  "Wang",
  "Okafor",
  "Muller",
  "Haddad",
  "Lindqvist",
  "Sato",
  "Petrov",
  "Li",
  "Mensah",
  "Schulz",
  "Garcia",
  "Novak",
  "Farouk",
  "Patel",
  "Murphy",
  "Silva",
  "Berg",
  "Aziz",
  "Iyer",
  "Horvath",
  "Zhou",
  "Demir",
  "Kowalski",
  "Nguyen",
  "Andersen",
  "Costa",
  "Dubois",
  "Ivanova",
  "Jensen",
  "Kim",
  "Lopez",
  "Moreau",
  "Nakamura",
  "Oliveira",
  "Park",
  "Quispe",
  "Reyes",
  "Suzuki",
];
const DOMAINS = [
  "contoso",
  "northwind",
  "fabrikam",
  "adatum",
  "tailspin",
  "wingtip",
  "litware",
  "proseware",
  "fourthcoffee",
  "woodgrove",
].flatMap((d) => [`${d}.com`, `${d}-eu.com`, `${d}.co.uk`, `${d}-labs.io`]);
export const PEOPLE = 20_000;

export function personOf(i: number) {
  const first = FIRST[i % FIRST.length]!;
  const last = LAST[Math.floor(i / FIRST.length) % LAST.length]!;
  const domain = DOMAINS[Math.floor(i / 7) % DOMAINS.length]!;
  const objectId = crypto
    .createHash("sha1")
    .update(`person-${i}`)
    .digest("hex")
    .slice(0, 32)
    .replace(/^(.{8})(.{4})(.{4})(.{4})/, "$1-$2-$3-$4-");
  return {
    displayName: `${first} ${last}`,
    upn: `${first}.${last}${i}@${domain}`.toLowerCase(),
    sourceId: `src-${i.toString(36).padStart(6, "0")}`,
    objectId,
    targetId: `tgt-src-${i.toString(36).padStart(6, "0")}`,
  };
}

/** An integer hash, so who, what and when are not correlated with each other. */
function mix(x: number): number {
  x = Math.imul(x ^ (x >>> 16), 0x45d9f3b);
  x = Math.imul(x ^ (x >>> 16), 0x45d9f3b);
  return (x ^ (x >>> 16)) >>> 0;
}

function entry(orgId: string, appIds: string[], i: number, n: number, now: number, spanMs: number): EntryRow {
  const p = personOf(mix(i) % PEOPLE);
  const roll = mix(i + 0x9e3779b9) % 100;
  const status = roll < 60 ? "Success" : roll < 88 ? "Skipped" : roll < 95 ? "Failure" : "Warning";
  const action =
    status === "Skipped"
      ? "Other"
      : (["Create", "Update", "Update", "Update", "Disable", "Delete"] as const)[mix(i * 3 + 1) % 6]!;
  const at = new Date(now - spanMs + Math.floor((i * spanMs) / n));
  const changeId = crypto.randomUUID();
  const targetId = status === "Skipped" ? null : p.targetId;
  const steps = [
    { name: "Import", status: "Success", detail: `Retrieved user ${p.upn} from the source directory.` },
    {
      name: "Scoping",
      status: status === "Skipped" ? "Skipped" : "Success",
      detail:
        status === "Skipped"
          ? "The user is not assigned to the application, directly or through a group."
          : "The user is assigned to the application. The user is in scope.",
    },
    ...(status === "Skipped"
      ? []
      : [
          { name: "Matching", status: "Success", detail: `Matched by userName ${p.upn}.` },
          { name: "Evaluation", status: "Success", detail: `It will be ${action.toLowerCase()}d.` },
        ]),
    {
      name: "Action",
      status,
      detail:
        status === "Failure"
          ? "The target answered 400 Bad Request."
          : status === "Skipped"
            ? "Nothing to do: the user is out of scope and was never provisioned."
            : `${action} done.`,
    },
  ];
  return {
    orgId,
    appId: appIds[mix(i * 7 + 3) % appIds.length]!,
    jobId: `job-${mix(i * 7 + 3) % appIds.length}`,
    cycleId: `cycle-${Math.floor((at.getTime() - (now - spanMs)) / 2_400_000)}`,
    changeId,
    at,
    durationMs: 20 + (i % 400),
    objectType: "User",
    action,
    status,
    displayName: p.displayName,
    identityLower: `${p.displayName} ${p.upn}`.toLowerCase(),
    sourceId: p.sourceId,
    sourceIdentity: p.upn,
    sourceObjectId: p.objectId,
    targetId,
    sourceSystem: "Contoso directory",
    targetSystem: "LogMeIn",
    steps,
    modifiedProperties:
      action === "Update" && status === "Success"
        ? [{ name: "title", oldValue: "Engineer", newValue: "Senior Engineer" }]
        : undefined,
    errorCode: status === "Failure" ? "SystemForCrossDomainIdentityManagementBadRequest" : null,
    errorReason: status === "Failure" ? `userName ${p.upn} is not in a verified domain of this organization` : null,
    recommendation:
      status === "Failure"
        ? "Verify the user's domain in the target organization, or keep users of other domains out of scope."
        : null,
    requestIds:
      status === "Skipped"
        ? undefined
        : {
            changeId,
            requests: [
              {
                method: "PATCH",
                path: `/Users/${targetId}`,
                requestId: changeId,
                attempt: 1,
                status: status === "Failure" ? 400 : 200,
                durationMs: 15,
              },
            ],
          },
  };
}

/** As Prisma writes a DateTime into SQLite. */
const sqliteDate = (d: Date) => d.toISOString().replace("Z", "+00:00");
const jsonOrNull = (v: unknown) => (v === undefined || v === null ? null : JSON.stringify(v));

export function loadLogEntries(
  sqlitePath: string,
  orgId: string,
  appIds: string[],
  n: number,
  days: number,
  onProgress?: (done: number) => void,
): void {
  const db = new Database(sqlitePath, { timeout: 10_000 });
  const insert = db.prepare(
    `INSERT INTO "ProvisioningLogEntry" (${COLUMNS.map((c) => `"${c}"`).join(", ")}) VALUES (${COLUMNS.map(() => "?").join(", ")})`,
  );
  const now = Date.now();
  const batch = 20_000;
  const run = db.transaction((start: number, end: number) => {
    for (let i = start; i < end; i++) {
      const e = entry(orgId, appIds, i, n, now, days * 86_400_000);
      const row: { [C in ProvisioningLogColumn]?: unknown } = {
        ...e,
        id: `log${i.toString(36).padStart(8, "0")}${crypto.randomBytes(4).toString("hex")}`,
        at: sqliteDate(e.at as Date),
        steps: JSON.stringify(e.steps),
        modifiedProperties: jsonOrNull(e.modifiedProperties),
        requestIds: jsonOrNull(e.requestIds),
      };
      insert.run(COLUMNS.map((c) => row[c] ?? null));
    }
  });
  for (let start = 0; start < n; start += batch) {
    run(start, Math.min(n, start + batch));
    onProgress?.(Math.min(n, start + batch));
  }
  const term = db.prepare(
    `INSERT INTO "ProvisioningLogIdentity" ("orgId", "term", "sourceId") VALUES (?, ?, ?) ON CONFLICT DO NOTHING`,
  );
  db.transaction(() => {
    for (let i = 0; i < PEOPLE; i++) {
      const p = personOf(i);
      for (const r of identityRows([
        { sourceId: p.sourceId, displayName: p.displayName, identity: p.upn, ids: [p.objectId, p.targetId] },
      ]))
        term.run(orgId, r.term, r.sourceId);
    }
  })();

  // The per-day counts the engine keeps beside its entries (lib/logs/daily-outcome-counts.ts), for the Overview.
  db.prepare(
    `INSERT INTO "ProvisioningLogDailyCount" ("orgId", "day", "appId", "status", "count")
    SELECT "orgId", substr("at", 1, 10), "appId", "status", count(*) FROM "ProvisioningLogEntry" WHERE "orgId" = ? GROUP BY 1, 2, 3, 4
    ON CONFLICT ("orgId", "day", "appId", "status") DO UPDATE SET "count" = "ProvisioningLogDailyCount"."count" + excluded."count"`,
  ).run(orgId);
  // And the per-hour counts (lib/logs/count-log-entries-per-hour.ts), for the Overview's failures in 24 hours.
  db.prepare(
    `INSERT INTO "ProvisioningLogHourlyCount" ("orgId", "status", "hour", "appId", "count")
    SELECT "orgId", "status", substr("at", 1, 13), "appId", count(*) FROM "ProvisioningLogEntry" WHERE "orgId" = ? GROUP BY 1, 2, 3, 4
    ON CONFLICT ("orgId", "status", "hour", "appId") DO UPDATE SET "count" = "ProvisioningLogHourlyCount"."count" + excluded."count"`,
  ).run(orgId);
  db.close();
}
