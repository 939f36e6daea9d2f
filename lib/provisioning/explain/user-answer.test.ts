import { describe, expect, it } from "vitest";
import type { ScopeResult } from "../engine/types";
import { clauseWords, attributeLabel, formatWhen } from "./plain-words";
import type { Prediction } from "./predict";
import { userAnswer, type UserAnswerInput } from "./user-answer";

const scope = (code: ScopeResult["code"]): ScopeResult => ({ inScope: code === "InScope", code, detail: "" });
const none = (reason: Prediction["reason"]): Prediction => ({ action: "None", reason, changes: [], errors: [] });
const app = {
  name: "LogMeIn",
  isOn: true,
  isQuarantined: false,
  quarantineReason: null,
  nextRunAt: new Date("2026-12-06T10:40:00Z"),
};
const base: UserAnswerInput = {
  name: "Mira",
  upn: "mira@contoso.com",
  app,
  scope: scope("InScope"),
  assignedVia: { direct: false, groups: ["Sales team"], everyone: false },
  firstMiss: null,
  prediction: none("UpToDate"),
  lifecycle: "active",
  lastFailure: null,
};

describe("the one-line answer", () => {
  it("never assigned: who must do what", () => {
    expect(
      userAnswer({
        ...base,
        scope: scope("NotEffectivelyEntitled"),
        prediction: none("OutOfScopeNeverProvisioned"),
        lifecycle: null,
      }),
    ).toBe(
      "Mira is not assigned to LogMeIn, directly or through a group: an admin must assign them or one of their groups.",
    );
  });

  it("kept out by a scoping rule: the value and what the rule needs", () => {
    expect(
      userAnswer({
        ...base,
        scope: scope("ScopingFilter"),
        prediction: none("OutOfScopeNeverProvisioned"),
        lifecycle: null,
        firstMiss: {
          filterName: "Engineering only",
          attribute: "department",
          value: "Sales",
          needs: 'department equal to "Engineering"',
        },
      }),
    ).toBe(
      'Mira is assigned to LogMeIn but left out by a scoping rule: department is "Sales", and the rule "Engineering only" needs department equal to "Engineering", so LogMeIn does not provision them.',
    );
  });

  it("refused for an unverified domain: names the domain and the fix", () => {
    expect(
      userAnswer({
        ...base,
        upn: "mira@fabrikam.com",
        prediction: { action: "Create", reason: "Create", changes: [], errors: [] },
        lifecycle: null,
        lastFailure: {
          code: "SystemForCrossDomainIdentityManagementBadRequest",
          reason:
            'userName "mira@fabrikam.com": the domain fabrikam.com is not a verified domain of this organization (verified domains: contoso.com)',
          recommendation: "Verify the user's domain.",
        },
      }),
    ).toBe(
      "LogMeIn refused Mira because fabrikam.com is not a verified domain of the organization it provisions into: an admin must verify fabrikam.com there, or keep fabrikam.com people out of LogMeIn.",
    );
  });

  it("a pending change says when it lands, and that nothing lands while provisioning is Off", () => {
    const update: Prediction = {
      action: "Update",
      reason: "Update",
      changes: [{ path: "x:department", label: "department", from: "Sales", to: "Engineering" }],
      errors: [],
    };
    expect(userAnswer({ ...base, prediction: update })).toBe(
      'Mira\'s department changed from "Sales" to "Engineering" in the identity source: LogMeIn gets the change in the next cycle (Dec 6, 10:40 UTC).',
    );
    expect(userAnswer({ ...base, prediction: update, app: { ...app, isOn: false, nextRunAt: null } })).toBe(
      'Mira\'s department changed from "Sales" to "Engineering" in the identity source: LogMeIn gets the change when provisioning runs again, but provisioning of LogMeIn is Off, so nothing changes until an admin turns it On.',
    );
  });

  it("disabled in the source, and up to date", () => {
    expect(userAnswer({ ...base, lifecycle: "disabled" })).toBe(
      "Mira's account is disabled in the identity source, so it is disabled in LogMeIn too: an admin must enable it in the identity source.",
    );
    expect(userAnswer(base)).toBe(
      'Mira has access to LogMeIn (assigned through the group "Sales team") and the account there is up to date.',
    );
  });
});

describe("plain words", () => {
  it("names attributes and clauses as people do, and times in UTC", () => {
    expect(attributeLabel("urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:department")).toBe("department");
    expect(attributeLabel("name.givenName")).toBe("first name");
    expect(clauseWords({ attribute: "department", operator: "EQUALS", value: "Engineering" })).toBe(
      'department equal to "Engineering"',
    );
    expect(clauseWords({ attribute: "accountEnabled", operator: "IS TRUE" })).toBe("account enabled set to true");
    expect(formatWhen(new Date("2026-12-06T09:05:00Z"))).toBe("Dec 6, 09:05 UTC");
  });
});
