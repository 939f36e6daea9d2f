import { afterEach, describe, expect, it, vi } from "vitest";
import { main } from "./main";

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  vi.spyOn(process.stdout, "write").mockImplementation((chunk) => (out.push(String(chunk)), true));
  vi.spyOn(process.stderr, "write").mockImplementation((chunk) => (err.push(String(chunk)), true));
  return { out: () => out.join(""), err: () => err.join("") };
}

afterEach(() => vi.restoreAllMocks());

describe("main", () => {
  it("prints the usage for --help and exits 0", async () => {
    const io = capture();
    expect(await main(["--help"])).toBe(0);
    expect(io.out()).toContain("Usage: org-center <command>");
  });

  it("runs the command named", async () => {
    const io = capture();
    expect(await main(["expression", "eval", "--expr", "ToLower([mail])", "--source", '{"mail":"A@B.com"}'])).toBe(0);
    expect(io.out()).toContain("a@b.com");
  });

  it.each(["nope", "toString", "constructor", "__proto__"])(
    "refuses %s as an unknown command with exit 2",
    async (name) => {
      const io = capture();
      expect(await main([name])).toBe(2);
      expect(io.err()).toContain(`Unknown command "${name}"`);
    },
  );
});
