import { describe, expect, it } from "vitest";
import { failedCreate } from "@/tests/fixtures/sample-log-entries";
import { readModifiedProperties, readSentRequests, readSteps, requestIdsOf } from "./log-entry-json";

describe("reading a log entry's JSON columns", () => {
  it("reads what the engine writes", () => {
    const { entry } = failedCreate({ orgId: "o", appId: "a" }, { displayName: "Ada Lovelace", upn: "ada@contoso.com" });
    expect(readSteps(entry.steps).map((s) => `${s.name}:${s.status}`)).toEqual([
      "Import:Success",
      "Scoping:Success",
      "Matching:Success",
      "Evaluation:Success",
      "Action:Failure",
    ]);
    const sent = readSentRequests(entry.requestIds);
    expect(sent.map((r) => `${r.method} ${r.status}`)).toEqual(["GET 200", "POST 400"]);
    expect(requestIdsOf({ changeId: entry.changeId, requestIds: entry.requestIds })).toEqual([entry.changeId]);
  });

  it("tolerates lowercase step names, {old,new} and a bare list of request ids", () => {
    expect(readSteps([{ name: "scoping", status: "Skipped", detail: "not assigned" }])).toEqual([
      { name: "Scoping", status: "Skipped", detail: "not assigned" },
    ]);
    expect(
      readModifiedProperties([
        { name: "title", old: "A", new: "B" },
        { name: "active", oldValue: true, newValue: false },
      ]),
    ).toEqual([
      { name: "title", oldValue: "A", newValue: "B" },
      { name: "active", oldValue: "true", newValue: "false" },
    ]);
    expect(requestIdsOf({ changeId: "c", requestIds: ["r1", "r2", "r1"] })).toEqual(["r1", "r2"]);
    expect(requestIdsOf({ changeId: "c", requestIds: null })).toEqual(["c"]);
    expect(readSteps("not json")).toEqual([]);
  });
});
