import { describe, it, expect } from "vitest";
import { createResolver, parseDnsServers } from "./dns-resolver";

describe("DNS_SERVERS", () => {
  it("reads a comma- or space-separated host:port list", () => {
    expect(parseDnsServers("127.0.0.1:5353, [::1]:53  10.0.0.2")).toEqual(["127.0.0.1:5353", "[::1]:53", "10.0.0.2"]);
    expect(parseDnsServers(undefined)).toEqual([]);
    expect(parseDnsServers(" ")).toEqual([]);
  });

  it("points the resolver at those servers", () => {
    expect(createResolver(["127.0.0.1:5353", "[::1]:5300"]).getServers()).toEqual(["127.0.0.1:5353", "[::1]:5300"]);
  });
});
