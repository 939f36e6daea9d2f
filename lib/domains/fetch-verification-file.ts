// Fetches http://<domain>/logmein-verification-code.txt safely: every resolved address is checked before
// connecting, the connection goes to that checked address (no DNS-rebinding gap), the body is capped, the
// whole fetch times out, and redirects are followed only within the domain.
import http from "node:http";
import https from "node:https";
import { lookupAddresses, createResolver } from "./dns-resolver";
import { nonPublicReason, privateAddressesAllowed } from "../http/address-guard";

export const VERIFICATION_FILE = "/logmein-verification-code.txt";
export const MAX_FILE_BYTES = 4096;
const DEFAULT_TIMEOUT_MS = 5_000;
const MAX_REDIRECTS = 3;

export type FetchOptions = {
  timeoutMs?: number;
  maxBytes?: number;
  allowPrivate?: boolean;
  httpPort?: number;
  resolver?: ReturnType<typeof createResolver>;
};

export type FetchedFile = {
  url: string;
  redirects: string[];
  status?: number;
  body?: Buffer;
  truncated?: boolean;
  error?: string;
};

/** The port plain HTTP is fetched on: 80, or DOMAIN_VERIFY_HTTP_PORT (tests). */
export function verificationHttpPort(): number {
  const port = Number(process.env.DOMAIN_VERIFY_HTTP_PORT);
  return Number.isInteger(port) && port > 0 && port < 65536 ? port : 80;
}

export function verificationFileUrl(domain: string, port = verificationHttpPort()): string {
  return `http://${domain}${port === 80 ? "" : `:${port}`}${VERIFICATION_FILE}`;
}

function withinDomain(host: string, domain: string): boolean {
  const h = host.toLowerCase().replace(/\.$/, "");
  return h === domain || h.endsWith(`.${domain}`);
}

export async function fetchVerificationFile(domain: string, options: FetchOptions = {}): Promise<FetchedFile> {
  const httpPort = options.httpPort ?? verificationHttpPort();
  const allowPrivate = options.allowPrivate ?? privateAddressesAllowed();
  const resolver = options.resolver ?? createResolver();
  const first = verificationFileUrl(domain, httpPort);
  const result: FetchedFile = { url: first, redirects: [] };
  const controller = new AbortController();
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  try {
    let url = new URL(first);
    for (let hop = 0; ; hop++) {
      const refused = refuseUrl(url, domain, httpPort);
      if (refused) return { ...result, error: refused };
      const { addresses, error } = await lookupAddresses(url.hostname, resolver);
      if (controller.signal.aborted) throw abortError();
      if (addresses.length === 0) return { ...result, error: error ?? `${url.hostname} has no address.` };
      if (!allowPrivate) {
        const blocked = addresses.map((a) => ({ a, why: nonPublicReason(a) })).find((x) => x.why);
        if (blocked)
          return {
            ...result,
            error: `Refused: ${url.hostname} resolves to ${blocked.a}, a ${blocked.why} address. Only public addresses are fetched.`,
          };
      }
      const response = await request(url, addresses[0]!, controller.signal, options.maxBytes ?? MAX_FILE_BYTES);
      const location = response.location;
      if (response.status >= 300 && response.status < 400 && location) {
        if (hop >= MAX_REDIRECTS)
          return { ...result, status: response.status, error: `Stopped after ${MAX_REDIRECTS} redirects.` };
        url = new URL(location, url);
        result.redirects.push(url.toString());
        continue;
      }
      return { ...result, status: response.status, body: response.body, truncated: response.truncated };
    }
  } catch (error) {
    if (controller.signal.aborted)
      return { ...result, error: `No complete answer within ${timeoutMs / 1000} s (timed out).` };
    return { ...result, error: describeNetworkError(error as NodeJS.ErrnoException) };
  } finally {
    clearTimeout(timer);
  }
}

function refuseUrl(url: URL, domain: string, httpPort: number): string | null {
  if (url.protocol !== "http:" && url.protocol !== "https:")
    return `Refused a redirect to ${url.protocol} (only http and https).`;
  if (!withinDomain(url.hostname, domain)) return `Refused a redirect off the domain, to ${url.hostname}.`;
  const port = url.port ? Number(url.port) : url.protocol === "http:" ? 80 : 443;
  const allowed = url.protocol === "http:" ? [80, httpPort] : [443];
  if (!allowed.includes(port)) return `Refused a redirect to port ${port}.`;
  return null;
}

type RawResponse = { status: number; location?: string; body: Buffer; truncated: boolean };

function request(url: URL, address: string, signal: AbortSignal, maxBytes: number): Promise<RawResponse> {
  const isHttps = url.protocol === "https:";
  const port = url.port ? Number(url.port) : isHttps ? 443 : 80;
  const options: https.RequestOptions = {
    host: address,
    port,
    path: `${url.pathname}${url.search}`,
    method: "GET",
    agent: false,
    signal,
    headers: { host: url.host, "user-agent": "OrgCenter-DomainVerifier/1.0", accept: "text/plain, */*;q=0.1" },
    ...(isHttps ? { servername: url.hostname } : {}),
  };
  return new Promise((resolve, reject) => {
    const req = (isHttps ? https : http).request(options, (res) => {
      const chunks: Buffer[] = [];
      let size = 0;
      let truncated = false;
      const location = typeof res.headers.location === "string" ? res.headers.location : undefined;
      res.on("data", (chunk: Buffer) => {
        if (truncated) return;
        chunks.push(chunk);
        size += chunk.length;
        if (size > maxBytes) {
          truncated = true;
          res.destroy();
          resolve({
            status: res.statusCode ?? 0,
            location,
            body: Buffer.concat(chunks).subarray(0, maxBytes),
            truncated,
          });
        }
      });
      res.on("end", () => resolve({ status: res.statusCode ?? 0, location, body: Buffer.concat(chunks), truncated }));
      res.on("error", reject);
    });
    req.on("error", reject);
    req.end();
  });
}

function abortError(): Error {
  const error = new Error("aborted");
  error.name = "AbortError";
  return error;
}

function describeNetworkError(error: NodeJS.ErrnoException): string {
  switch (error.code) {
    case "ECONNREFUSED":
      return "Connection refused: nothing answers HTTP on the domain.";
    case "ECONNRESET":
      return "The server closed the connection.";
    case "EHOSTUNREACH":
    case "ENETUNREACH":
      return "The domain's web server cannot be reached.";
    default:
      return error.code?.startsWith("ERR_TLS") || error.code?.includes("CERT")
        ? `TLS error: ${error.message}`
        : `The request failed: ${error.message}`;
  }
}
