import { describe, expect, it } from "vitest";
import { parseTenantUrl, targetUrl } from "./target-url";

describe("parseTenantUrl", () => {
  it("selects the legacy dialect by default and the RFC one with aadOptscim062020", () => {
    expect(parseTenantUrl("https://api.contoso.com/scim/").dialect).toBe("legacy");
    const rfc = parseTenantUrl("https://host/scim/v2/?aadOptscim062020");
    expect(rfc.dialect).toBe("rfc");
    expect(rfc.base).toBe("https://host/scim/v2");
  });

  it("keeps the tenant query on every request and encodes filters like Entra", () => {
    const t = parseTenantUrl("http://127.0.0.1:3000/scim/v2?aadOptscim062020");
    expect(targetUrl(t, "/Users", { filter: 'userName eq "dale.mohr@romaguera.uk"' })).toBe(
      "http://127.0.0.1:3000/scim/v2/Users?aadOptscim062020&filter=userName+eq+%22dale.mohr%40romaguera.uk%22",
    );
    expect(targetUrl(parseTenantUrl("https://h/scim"), "/Groups/1")).toBe("https://h/scim/Groups/1");
  });

  it("refuses what is not an http(s) URL or carries credentials", () => {
    expect(() => parseTenantUrl("not a url")).toThrow(/absolute URL/);
    expect(() => parseTenantUrl("ftp://h/scim")).toThrow(/https/);
    expect(() => parseTenantUrl("https://u:p@h/scim")).toThrow(/user name or password/);
  });
});
