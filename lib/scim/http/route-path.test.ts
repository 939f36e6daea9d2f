import { describe, expect, it } from "vitest";
import { parseRoute } from "./route-path";

const route = (path: string, query = "") => {
  const r = parseRoute(path, new URLSearchParams(query));
  return { endpoint: r.endpoint, id: r.id, extra: r.extra, query: r.query.toString() };
};

describe("parseRoute", () => {
  it.each([
    ["/Users", "Users", undefined],
    ["/users/", "Users", undefined],
    ["/GROUPS/abc", "Groups", "abc"],
    ["/Users/.search", "Users", ".search"],
    ["/ServiceProviderConfig", "ServiceProviderConfig", undefined],
    ["/serviceConfiguration", "ServiceProviderConfig", undefined],
    ["/Schemas/urn:ietf:params:scim:schemas:core:2.0:User", "Schemas", "urn:ietf:params:scim:schemas:core:2.0:User"],
    ["/resourcetypes/User", "ResourceTypes", "User"],
    ["/Users/a%20b", "Users", "a b"],
    ["/Users/%E0%A4%A", "Users", "%E0%A4%A"],
  ])("%s → %s %s", (path, endpoint, id) => {
    expect(route(path)).toMatchObject({ endpoint, id, extra: [] });
  });

  it("unknown endpoints and extra segments are reported, not guessed", () => {
    expect(route("")).toMatchObject({ endpoint: undefined, id: undefined });
    expect(route("/Unknown/x/y")).toMatchObject({ endpoint: undefined, id: "x", extra: ["y"] });
    expect(route("/Users/a/b")).toMatchObject({ endpoint: "Users", id: "a", extra: ["b"] });
  });

  it("drops the aadOptscim062020 flag wherever Entra's tenant URL put it", () => {
    expect(route("/aadOptscim062020/Users/x")).toMatchObject({ endpoint: "Users", id: "x" });
    expect(route("/%3FaadOptscim062020/Users")).toMatchObject({ endpoint: "Users" });
    expect(route("/Users", "aadOptscim062020&filter=a")).toMatchObject({ endpoint: "Users", query: "filter=a" });
    expect(route("/", 'aadOptscim062020/Users?filter=userName eq "x"')).toMatchObject({
      endpoint: "Users",
      query: "filter=userName+eq+%22x%22",
    });
    expect(route("", "AADOPTSCIM062020/Groups/g1&count=1")).toMatchObject({
      endpoint: "Groups",
      id: "g1",
      query: "count=1",
    });
  });
});
