// Playwright's test DNS server (a webServer in playwright.config.ts): dns2 on 127.0.0.1:E2E_DNS_PORT, which the
// app uses through DNS_SERVERS; tests publish records over HTTP on E2E_DNS_PORT + 1 (see dns-control.ts).
import { startDnsServer } from "@/tests/integration/support/dns-server";

const port = Number(process.env.E2E_DNS_PORT ?? 5391);
const server = await startDnsServer({ port, controlPort: port + 1 });
console.log(`Test DNS server on ${server.server}, control on ${server.controlUrl}`);
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => void server.close().finally(() => process.exit(0)));
}
