// One verification check of a domain by both methods at once: the TXT records at the name and the HTTP file.
// Returns every finding (what was found and why it did or did not match), stored as the domain's lastCheck.
import { createResolver, lookupTxt } from "./dns-resolver";
import { fetchVerificationFile, type FetchOptions } from "./fetch-verification-file";
import { matchFileContent, matchTxtRecords, type TxtFinding } from "./match-verification";

const FIRST_BYTES = 256;

export type DnsCheck = { name: string; records: TxtFinding[]; error?: string; matched: boolean };
export type HttpCheck = {
  url: string;
  redirects: string[];
  status?: number;
  firstBytes?: string;
  matched: boolean;
  reason: string;
};
export type VerificationResult = {
  checkedAt: string;
  verified: boolean;
  method: "dns" | "http" | null;
  dns: DnsCheck;
  http: HttpCheck;
};

export type CheckOptions = FetchOptions & { now?: Date };
export type CheckDomain = (name: string, code: string, options?: CheckOptions) => Promise<VerificationResult>;

export const checkDomain: CheckDomain = async (name, code, options = {}) => {
  const resolver = options.resolver ?? createResolver();
  const [dns, http] = await Promise.all([
    checkDns(name, code, resolver),
    checkHttp(name, code, { ...options, resolver }),
  ]);
  const method = dns.matched ? "dns" : http.matched ? "http" : null;
  return { checkedAt: (options.now ?? new Date()).toISOString(), verified: method !== null, method, dns, http };
};

async function checkDns(name: string, code: string, resolver: ReturnType<typeof createResolver>): Promise<DnsCheck> {
  const { records, error } = await lookupTxt(name, resolver);
  const findings = matchTxtRecords(records, code);
  return { name, records: findings, ...(error ? { error } : {}), matched: findings.some((f) => f.matched) };
}

async function checkHttp(name: string, code: string, options: FetchOptions): Promise<HttpCheck> {
  const file = await fetchVerificationFile(name, options);
  const base = {
    url: file.url,
    redirects: file.redirects,
    ...(file.status !== undefined ? { status: file.status } : {}),
  };
  const firstBytes = file.body ? printable(file.body.subarray(0, FIRST_BYTES).toString("utf8")) : undefined;
  const withBytes = firstBytes !== undefined ? { ...base, firstBytes } : base;
  if (file.error) return { ...withBytes, matched: false, reason: file.error };
  if (file.status !== 200)
    return {
      ...withBytes,
      matched: false,
      reason: `The server answered HTTP ${file.status}; the file must be served with status 200.`,
    };
  if (file.truncated)
    return { ...withBytes, matched: false, reason: "The file is larger than 4 KiB; it must hold only the code line." };
  return { ...withBytes, ...matchFileContent(file.body!.toString("utf8"), code) };
}

/** Control characters shown as "·" so a binary answer cannot garble the page. */
function printable(text: string): string {
  return text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\ufffd]/g, "·");
}
