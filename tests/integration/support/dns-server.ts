// A real DNS server (npm dns2) on a loopback port, UDP and TCP, serving records a test publishes. With
// `controlPort` it also takes records over HTTP (PUT /records/<name>), for servers run in another process
// (Playwright's e2e/support/dns-server.ts).
import http from "node:http";
import type { AddressInfo } from "node:net";
import dns2 from "dns2";

const { Packet } = dns2;
// RFC 1035 response codes (dns2's typings omit Packet.RCODE).
const RCODE = { NXDOMAIN: 3, SERVFAIL: 2, REFUSED: 5 } as const;

export type ZoneEntry = { txt?: string[][]; a?: string[]; aaaa?: string[]; rcode?: "SERVFAIL" | "REFUSED" };

export type TestDnsServer = {
  /** For DNS_SERVERS: "127.0.0.1:port". */
  server: string;
  port: number;
  controlUrl?: string;
  set: (name: string, entry: ZoneEntry) => void;
  remove: (name: string) => void;
  close: () => Promise<void>;
};

function answer(zone: Map<string, ZoneEntry>, request: InstanceType<typeof Packet>) {
  const response = Packet.createResponseFromRequest(request);
  const question = request.questions[0];
  if (!question) return response;
  const name = question.name.toLowerCase().replace(/\.$/, "");
  const entry = zone.get(name);
  if (!entry) {
    response.header.rcode = RCODE.NXDOMAIN;
    return response;
  }
  if (entry.rcode) {
    response.header.rcode = RCODE[entry.rcode];
    return response;
  }
  const base = { name: question.name, class: Packet.CLASS.IN, ttl: 1 };
  if (question.type === Packet.TYPE.TXT)
    for (const data of entry.txt ?? []) response.answers.push({ ...base, type: Packet.TYPE.TXT, data } as never);
  if (question.type === Packet.TYPE.A)
    for (const address of entry.a ?? []) response.answers.push({ ...base, type: Packet.TYPE.A, address } as never);
  if (question.type === Packet.TYPE.AAAA)
    for (const address of entry.aaaa ?? [])
      response.answers.push({ ...base, type: Packet.TYPE.AAAA, address } as never);
  return response;
}

async function listenBoth(handle: Parameters<typeof dns2.createUDPServer>[0], port: number) {
  for (let attempt = 0; attempt < 20; attempt++) {
    const udp = dns2.createUDPServer(handle);
    await udp.listen(port, "127.0.0.1");
    const chosen = (udp.address() as AddressInfo).port;
    const tcp = dns2.createTCPServer(handle as never);
    const ok = await new Promise<boolean>((resolve) => {
      tcp.once("error", () => resolve(false));
      tcp.listen(chosen, "127.0.0.1", () => resolve(true));
    });
    if (ok) return { udp, tcp, port: chosen };
    udp.close();
    if (port !== 0) throw new Error(`TCP port ${port} is taken.`);
  }
  throw new Error("No free port for UDP and TCP at once.");
}

export async function startDnsServer({
  port = 0,
  controlPort,
}: { port?: number; controlPort?: number } = {}): Promise<TestDnsServer> {
  const zone = new Map<string, ZoneEntry>();
  const handle = (request: InstanceType<typeof Packet>, send: (r: InstanceType<typeof Packet>) => unknown) =>
    void send(answer(zone, request));
  const { udp, tcp, port: dnsPort } = await listenBoth(handle as never, port);
  const set = (name: string, entry: ZoneEntry) => void zone.set(name.toLowerCase().replace(/\.$/, ""), entry);
  const remove = (name: string) => void zone.delete(name.toLowerCase().replace(/\.$/, ""));

  let control: http.Server | undefined;
  if (controlPort !== undefined) {
    control = http.createServer((req, res) => {
      const match = /^\/records\/([^/?]+)$/.exec(req.url ?? "");
      if (req.url === "/health") return void res.end("ok");
      if (!match) return void res.writeHead(404).end();
      const name = decodeURIComponent(match[1]!);
      if (req.method === "DELETE") {
        remove(name);
        return void res.writeHead(204).end();
      }
      let body = "";
      req.on("data", (c) => (body += c));
      req.on("end", () => {
        try {
          set(name, JSON.parse(body) as ZoneEntry);
          res.writeHead(204).end();
        } catch {
          res.writeHead(400).end("bad JSON");
        }
      });
    });
    await new Promise<void>((resolve) => control!.listen(controlPort, "127.0.0.1", resolve));
  }
  const controlAddress = control?.address() as AddressInfo | undefined;
  return {
    server: `127.0.0.1:${dnsPort}`,
    port: dnsPort,
    ...(controlAddress ? { controlUrl: `http://127.0.0.1:${controlAddress.port}` } : {}),
    set,
    remove,
    close: async () => {
      udp.close();
      await new Promise<void>((resolve) => tcp.close(() => resolve()));
      if (control) await new Promise<void>((resolve) => control!.close(() => resolve()));
    },
  };
}
