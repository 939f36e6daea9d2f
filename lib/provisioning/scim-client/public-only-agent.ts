// The HTTP dispatcher for Tenant URLs that must be public: every connection checks the addresses its own lookup
// returns, so a host cannot pass the check with a public address and then be connected to a private one (DNS
// rebinding). IP literals are not looked up; target-guard.ts refuses private ones before any request.
// API: createGuardedLookup(resolve), publicOnlyAgent(), NON_PUBLIC_CODE.
import dns from "node:dns";
import type { LookupAddress, LookupOptions } from "node:dns";
import { Agent } from "undici";
import { nonPublicReason } from "@/lib/http/address-guard";

/** The error code a refused connection carries (as fetch's `cause.code`). */
export const NON_PUBLIC_CODE = "ENONPUBLIC";

type Resolve = (hostname: string) => Promise<LookupAddress[]>;
type LookupCallback = (error: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void;

const systemResolve: Resolve = (hostname) => dns.promises.lookup(hostname, { all: true, verbatim: true });

/** A `net.connect` lookup that fails with NON_PUBLIC_CODE when any address of the host is not public. */
export function createGuardedLookup(resolve: Resolve = systemResolve) {
  return (hostname: string, options: LookupOptions, callback: LookupCallback): void => {
    resolve(hostname).then(
      (addresses) => {
        const bad = addresses.find((a) => nonPublicReason(a.address));
        if (bad) {
          const error: NodeJS.ErrnoException = new Error(
            `${hostname} resolves to ${bad.address} (${nonPublicReason(bad.address)})`,
          );
          error.code = NON_PUBLIC_CODE;
          return callback(error, []);
        }
        if (addresses.length === 0)
          return callback(Object.assign(new Error(`${hostname} does not resolve`), { code: "ENOTFOUND" }), []);
        if (options.all) return callback(null, addresses);
        callback(null, addresses[0]!.address, addresses[0]!.family);
      },
      (error: NodeJS.ErrnoException) => callback(error, []),
    );
  };
}

let agent: Agent | undefined;

export function publicOnlyAgent(): Agent {
  return (agent ??= new Agent({ connect: { lookup: createGuardedLookup() } }));
}
