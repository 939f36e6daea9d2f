import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Agent, fetch } from "undici";
import { createGuardedLookup, NON_PUBLIC_CODE } from "./public-only-agent";

const lookupWith = (addresses: string[]) => {
  const lookup = createGuardedLookup(async () =>
    addresses.map((address) => ({ address, family: address.includes(":") ? 6 : 4 })),
  );
  return (hostname: string, all: boolean) =>
    new Promise<{ error: NodeJS.ErrnoException | null; address: unknown }>((resolve) =>
      lookup(hostname, { all }, (error, address) => resolve({ error, address })),
    );
};

describe("guarded lookup", () => {
  it("answers with public addresses, one or all as asked", async () => {
    expect((await lookupWith(["93.184.215.14"])("scim.example", false)).address).toBe("93.184.215.14");
    expect(
      (await lookupWith(["93.184.215.14", "2606:2800:21f:cb07:6820:80da:af6b:8b2c"])("scim.example", true)).address,
    ).toHaveLength(2);
  });

  it("refuses a host when any of its addresses is private, loopback or link-local", async () => {
    for (const bad of ["127.0.0.1", "10.1.2.3", "169.254.169.254", "::1", "fd00::1"]) {
      const { error } = await lookupWith(["93.184.215.14", bad])("scim.example", true);
      expect(error?.code, bad).toBe(NON_PUBLIC_CODE);
      expect(error?.message).toContain(bad);
    }
  });
});

describe("a connection through the guarded lookup", () => {
  let server: http.Server;
  let hits = 0;
  beforeAll(async () => {
    server = http.createServer((_req, res) => {
      hits++;
      res.end("ok");
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it("is refused when the name now resolves to this machine (a rebound name), and nothing reaches it", async () => {
    const { port } = server.address() as AddressInfo;
    let answers = 0;
    // The first answer (what a check before connecting would see) is public; the one the connection gets is loopback.
    const rebinding = createGuardedLookup(async () => [
      { address: answers++ === 0 ? "93.184.215.14" : "127.0.0.1", family: 4 },
    ]);
    rebinding("tenant.example", {}, () => undefined);
    const agent = new Agent({ connect: { lookup: rebinding } });
    const error = await fetch(`http://tenant.example:${port}/scim/v2/Users`, { dispatcher: agent }).catch(
      (e: unknown) => e,
    );
    expect((error as { cause?: { code?: string } }).cause?.code).toBe(NON_PUBLIC_CODE);
    expect(hits).toBe(0);
    // The same server is reachable through an unguarded lookup: the refusal came from the guard.
    const open = new Agent({ connect: { lookup: (_h, _o, cb) => cb(null, [{ address: "127.0.0.1", family: 4 }]) } });
    expect(await (await fetch(`http://tenant.example:${port}/`, { dispatcher: open })).text()).toBe("ok");
    await Promise.all([agent.close(), open.close()]);
  });
});
