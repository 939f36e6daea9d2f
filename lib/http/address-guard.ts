// Which IP addresses the HTTP-file check may connect to: public unicast only, so a user-given domain cannot
// point the server at its own network (SSRF). DOMAIN_VERIFY_ALLOW_PRIVATE=1 lifts this for tests and labs.
import net from "node:net";

const BLOCKED_V4: [string, number, string][] = [
  ["0.0.0.0", 8, "this network"],
  ["10.0.0.0", 8, "private"],
  ["100.64.0.0", 10, "shared (carrier-grade NAT)"],
  ["127.0.0.0", 8, "loopback"],
  ["169.254.0.0", 16, "link-local"],
  ["172.16.0.0", 12, "private"],
  ["192.0.0.0", 24, "IETF protocol assignments"],
  ["192.0.2.0", 24, "documentation"],
  ["192.88.99.0", 24, "6to4 relay"],
  ["192.168.0.0", 16, "private"],
  ["198.18.0.0", 15, "benchmarking"],
  ["198.51.100.0", 24, "documentation"],
  ["203.0.113.0", 24, "documentation"],
  ["224.0.0.0", 4, "multicast"],
  ["240.0.0.0", 4, "reserved"], // includes the broadcast address
];

const BLOCKED_V6: [string, number, string][] = [
  ["::", 128, "unspecified"],
  ["::1", 128, "loopback"],
  ["64:ff9b:1::", 48, "local NAT64"],
  ["100::", 64, "discard-only"],
  ["2001:db8::", 32, "documentation"],
  ["fc00::", 7, "unique-local"],
  ["fe80::", 10, "link-local"],
  ["fec0::", 10, "site-local"],
  ["ff00::", 8, "multicast"],
];

const lists = BLOCKED_V4.map(([prefix, bits, label]) => ({ label, list: subnet(prefix, bits, "ipv4") })).concat(
  BLOCKED_V6.map(([prefix, bits, label]) => ({ label, list: subnet(prefix, bits, "ipv6") })),
);

function subnet(prefix: string, bits: number, family: "ipv4" | "ipv6") {
  const list = new net.BlockList();
  list.addSubnet(prefix, bits, family);
  return list;
}

/** The IPv4 address inside an IPv4-mapped or -compatible IPv6 address (::ffff:10.0.0.1, ::ffff:a00:1). */
function embeddedV4(address: string): string | null {
  const lower = address.toLowerCase();
  const dotted = /^(?:::ffff:|::)(\d+\.\d+\.\d+\.\d+)$/.exec(lower);
  if (dotted) return dotted[1]!;
  const hex = /^::ffff:([0-9a-f]{1,4}):([0-9a-f]{1,4})$/.exec(lower);
  if (!hex) return null;
  const hi = parseInt(hex[1]!, 16);
  const lo = parseInt(hex[2]!, 16);
  return `${hi >> 8}.${hi & 255}.${lo >> 8}.${lo & 255}`;
}

/** Why the address is not public ("loopback", "private", ...), or null when it may be connected to. */
export function nonPublicReason(address: string): string | null {
  const family = net.isIP(address);
  if (family === 0) return "not an IP address";
  if (family === 6) {
    const v4 = embeddedV4(address);
    if (v4) return nonPublicReason(v4);
  }
  const type = family === 4 ? "ipv4" : "ipv6";
  for (const { label, list } of lists) if (list.check(address, type)) return label;
  return null;
}

export function isPublicAddress(address: string): boolean {
  return nonPublicReason(address) === null;
}

export function privateAddressesAllowed(): boolean {
  return process.env.DOMAIN_VERIFY_ALLOW_PRIVATE === "1";
}
