import { describe, expect, it } from "vitest";
import { safeCallbackUrl } from "./safe-callback-url";
import { signInPathFor } from "./sign-in-path";

describe("signInPathFor", () => {
  it.each([
    [
      "/o/contoso/logs/entries/cm123?tab=modified",
      "/sign-in?callbackUrl=%2Fo%2Fcontoso%2Flogs%2Fentries%2Fcm123%3Ftab%3Dmodified",
    ],
    [
      "/o/contoso/logs?q=%40northwind&status=Failure&range=7d",
      "/sign-in?callbackUrl=%2Fo%2Fcontoso%2Flogs%3Fq%3D%2540northwind%26status%3DFailure%26range%3D7d",
    ],
    ["/o/contoso/why/users/abc", "/sign-in?callbackUrl=%2Fo%2Fcontoso%2Fwhy%2Fusers%2Fabc"],
    ["/o/contoso/logs?_rsc=1x2y&status=Failure", "/sign-in?callbackUrl=%2Fo%2Fcontoso%2Flogs%3Fstatus%3DFailure"],
    ["/", "/sign-in"],
    ["/sign-in?callbackUrl=%2Fo%2Fx", "/sign-in"],
    ["https://evil.example/o/contoso", "/sign-in"],
    ["//evil.example/o/contoso", "/sign-in"],
    ["/\\evil.example", "/sign-in"],
    [null, "/sign-in"],
    [undefined, "/sign-in"],
  ])("%s → %s", (requested, expected) => {
    expect(signInPathFor(requested)).toBe(expected);
  });

  it("round-trips: the sign-in page's callback is the page that was asked for", () => {
    const requested = "/o/contoso/logs?q=Mira%20L&status=Failure,Warning&hideOutOfScope=1";
    const callback = new URL(signInPathFor(requested), "http://x").searchParams.get("callbackUrl");
    expect(safeCallbackUrl(callback)).toBe(requested);
  });
});

describe("safeCallbackUrl keeps shared console links whole", () => {
  it.each([
    [
      "/o/contoso/logs/entries/cm1?tab=summary&q=%40northwind",
      "/o/contoso/logs/entries/cm1?tab=summary&q=%40northwind",
    ],
    [
      "/o/contoso/logs?q=mira+lopez&range=custom&from=2026-12-01T00%3A00",
      "/o/contoso/logs?q=mira+lopez&range=custom&from=2026-12-01T00%3A00",
    ],
    ["/%2F%2Fevil.example", "/%2F%2Fevil.example"],
    ["http:/evil.example", "/"],
    ["/\t/evil.example", "/"],
  ])("%s → %s", (input, expected) => {
    expect(safeCallbackUrl(input)).toBe(expected);
  });
});
