// Outbound requests to user-given Tenant URLs reach public addresses only, so an admin cannot point the engine at
// the server's own network (SSRF). PROVISIONING_ALLOW_PRIVATE_TARGETS=1 lifts it (labs, tests); the LogMeIn
// gallery app, whose Tenant URL is this instance's own, is allowed explicitly by its caller.
import dns from "node:dns/promises";
import net from "node:net";
import { nonPublicReason } from "@/lib/http/address-guard";
import { ScimTransportError } from "./types";

export function privateTargetsAllowed(): boolean {
  return process.env.PROVISIONING_ALLOW_PRIVATE_TARGETS === "1";
}

const cache = new Map<string, { until: number; reason: string | null }>();
const CACHE_MS = 60_000;

/** Throws ScimTransportError("blocked") when the host resolves to a non-public address. */
export async function assertPublicTarget(
  hostname: string,
  lookup = (h: string) => dns.lookup(h, { all: true, verbatim: true }),
): Promise<void> {
  const cached = cache.get(hostname);
  let reason: string | null;
  if (cached && cached.until > Date.now()) reason = cached.reason;
  else {
    const addresses = net.isIP(hostname)
      ? [hostname]
      : (await lookup(hostname).catch(() => [])).map((a) => (typeof a === "string" ? a : a.address));
    if (addresses.length === 0)
      throw new ScimTransportError("network", `The Tenant URL's host ${hostname} does not resolve.`);
    const bad = addresses.map((a) => ({ a, why: nonPublicReason(a) })).find((x) => x.why);
    reason = !bad
      ? null
      : net.isIP(hostname)
        ? `${hostname} is a ${bad.why} address`
        : `${hostname} resolves to ${bad.a} (${bad.why})`;
    cache.set(hostname, { until: Date.now() + CACHE_MS, reason });
  }
  if (reason) {
    throw new ScimTransportError(
      "blocked",
      `Refused to connect: ${reason}. Provisioning reaches public addresses only (set PROVISIONING_ALLOW_PRIVATE_TARGETS=1 to allow private ones).`,
    );
  }
}
