// Publishes DNS records on the e2e test DNS server, as a domain owner would at their DNS provider.
import { E2E_DNS_CONTROL_URL } from "@/playwright.config";

export async function publishTxt(name: string, values: string[]): Promise<void> {
  const res = await fetch(`${E2E_DNS_CONTROL_URL}/records/${encodeURIComponent(name)}`, {
    method: "PUT",
    body: JSON.stringify({ txt: values.map((v) => [v]) }),
  });
  if (!res.ok) throw new Error(`Publishing TXT records for ${name} failed: ${res.status}`);
}
