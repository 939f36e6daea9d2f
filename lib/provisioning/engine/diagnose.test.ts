import { describe, expect, it } from "vitest";
import { ScimCallError } from "../scim-client/scim-target";
import { diagnose, EngineError } from "./diagnose";

const http = (status: number, message = "x") =>
  new ScimCallError("http", "POST", "/Users", status, message, undefined, { detail: message });

describe("diagnose", () => {
  it.each([
    [401, "SystemForCrossDomainIdentityManagementUnauthorized", true],
    [403, "SystemForCrossDomainIdentityManagementForbidden", true],
    [400, "SystemForCrossDomainIdentityManagementBadRequest", false],
    [409, "SystemForCrossDomainIdentityManagementConflict", false],
    [429, "SystemForCrossDomainIdentityManagementThrottled", false],
    [503, "SystemForCrossDomainIdentityManagementServiceUnavailable", false],
  ])("HTTP %i → %s (fatal %s)", (status, code, fatal) => {
    const d = diagnose(http(status));
    expect(d.code).toBe(code);
    expect(d.fatal).toBe(fatal);
    expect(d.request).toMatchObject({ method: "POST", path: "/Users", status });
  });

  it("recommends verifying the domain when the target says so", () => {
    expect(diagnose(http(400, 'userName "a@x.com": the domain x.com is not a verified domain')).recommendation).toMatch(
      /Verify the user's domain/,
    );
  });

  it("treats unreachable, refused and non-SCIM targets as fatal, timeouts as retryable", () => {
    expect(diagnose(new ScimCallError("network", "GET", "/Users", null, "ECONNREFUSED")).fatal).toBe(true);
    expect(diagnose(new ScimCallError("blocked", "GET", "/Users", null, "private")).code).toBe(
      "ProvisioningTargetAddressNotAllowed",
    );
    expect(diagnose(new ScimCallError("invalid-response", "GET", "/Users", 200, "<html>")).code).toBe(
      "SystemForCrossDomainIdentityManagementServiceIncompatible",
    );
    expect(diagnose(new ScimCallError("timeout", "GET", "/Users", null, "slow")).fatal).toBe(false);
  });

  it("keeps engine errors' own code and recommendation", () => {
    expect(
      diagnose(new EngineError("MultipleTargetObjectsMatched", "2 users matched", "Fix duplicates")),
    ).toMatchObject({ code: "MultipleTargetObjectsMatched", recommendation: "Fix duplicates", fatal: false });
  });
});
