// DNS lookups for verification through Node's resolver; DNS_SERVERS (host:port list) picks the servers,
// otherwise the system's. No /etc/hosts: what counts is what the domain publishes.
import { promises as dns } from "node:dns";

const TIMEOUT_MS = 2_500;
const TRIES = 2;

/** Parses DNS_SERVERS: "127.0.0.1:5353, [::1]:53, 10.0.0.2". */
export function parseDnsServers(value: string | undefined): string[] {
  return (value ?? "")
    .split(/[\s,]+/)
    .map((s) => s.trim())
    .filter(Boolean);
}

export function createResolver(servers = parseDnsServers(process.env.DNS_SERVERS)): dns.Resolver {
  const resolver = new dns.Resolver({ timeout: TIMEOUT_MS, tries: TRIES });
  if (servers.length > 0) resolver.setServers(servers);
  return resolver;
}

const NO_DATA = new Set(["ENODATA", "ENOTFOUND", "NXDOMAIN"]);

export type TxtLookup = { records: string[][]; error?: string };

/** Every TXT record at the name; "no records" is an answer, not an error. */
export async function lookupTxt(name: string, resolver = createResolver()): Promise<TxtLookup> {
  try {
    return { records: await resolver.resolveTxt(name) };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? "";
    if (NO_DATA.has(code)) return { records: [] };
    return { records: [], error: describeDnsError(code) };
  }
}

/** The A and AAAA addresses of a name (either may be missing). */
export async function lookupAddresses(
  name: string,
  resolver = createResolver(),
): Promise<{ addresses: string[]; error?: string }> {
  const [v4, v6] = await Promise.allSettled([resolver.resolve4(name), resolver.resolve6(name)]);
  const addresses = [...(v4.status === "fulfilled" ? v4.value : []), ...(v6.status === "fulfilled" ? v6.value : [])];
  if (addresses.length > 0) return { addresses };
  const failure = [v4, v6].find(
    (r) => r.status === "rejected" && !NO_DATA.has((r.reason as NodeJS.ErrnoException).code ?? ""),
  );
  if (failure?.status === "rejected")
    return { addresses, error: describeDnsError((failure.reason as NodeJS.ErrnoException).code ?? "") };
  return { addresses, error: `${name} has no A or AAAA record.` };
}

function describeDnsError(code: string): string {
  switch (code) {
    case "ETIMEOUT":
      return "The DNS lookup timed out; try again in a moment.";
    case "ESERVFAIL":
      return "The domain's DNS servers answered with a failure (SERVFAIL).";
    case "EREFUSED":
      return "The DNS server refused the query.";
    case "ECONNREFUSED":
      return "Could not reach the DNS server.";
    default:
      return `The DNS lookup failed (${code || "unknown error"}).`;
  }
}
