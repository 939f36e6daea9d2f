import { describe, expect, it } from "vitest";
import { evaluateAt, evaluationErrorAt } from "@/tests/fixtures/expressions";

const SPECIAL = "~!@#$%^&*_-+=`|\\(){}[]:;\"'<>,.?/";

/** A deterministic random source (an LCG), so each run draws the same strings. */
function seeded(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1664525 + 1013904223) % 2 ** 32;
    return state / 2 ** 32;
  };
}

function classes(text: string) {
  return {
    digits: [...text].filter((c) => /[0-9]/.test(c)).length,
    upper: [...text].filter((c) => /[A-Z]/.test(c)).length,
    lower: [...text].filter((c) => /[a-z]/.test(c)).length,
    special: [...text].filter((c) => SPECIAL.includes(c)).length,
  };
}

describe("Guid", () => {
  it("returns the injected GUID, or a fresh random one", () => {
    expect(evaluateAt("Guid()", {}, { guid: () => "00aa00aa-bb11-cc22-dd33-44ee44ee44ee" })).toBe(
      "00aa00aa-bb11-cc22-dd33-44ee44ee44ee",
    );
    const a = evaluateAt("Guid()");
    const b = evaluateAt("Guid()");
    expect(a).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(a).not.toBe(b);
  });
});

describe("RandomString", () => {
  it("RandomString(6,3,0,0,3): 6 characters, 3 numbers and 3 lower case letters", () => {
    for (let seed = 1; seed <= 50; seed++) {
      const value = evaluateAt("RandomString(6,3,0,0,3)", {}, { random: seeded(seed) }) as string;
      expect(value).toHaveLength(6);
      expect(classes(value)).toEqual({ digits: 3, upper: 0, lower: 3, special: 0 });
    }
  });

  it('RandomString(10,2,2,2,1,"?,"): at least 2 numbers, 2 special, 2 capitals, 1 lower case, never "?" or ","', () => {
    const seen = new Set<string>();
    for (let seed = 1; seed <= 200; seed++) {
      const value = evaluateAt('RandomString(10,2,2,2,1,"?,")', {}, { random: seeded(seed) }) as string;
      seen.add(value);
      expect(value).toHaveLength(10);
      const c = classes(value);
      expect(c.digits).toBeGreaterThanOrEqual(2);
      expect(c.special).toBeGreaterThanOrEqual(2);
      expect(c.upper).toBeGreaterThanOrEqual(2);
      expect(c.lower).toBeGreaterThanOrEqual(1);
      expect(c.digits + c.special + c.upper + c.lower).toBe(10);
      expect(value).not.toMatch(/[?,]/);
    }
    expect(seen.size).toBe(200);
  });

  it("is reproducible with the same random source, and random without one", () => {
    expect(evaluateAt("RandomString(12,1,1,1,1)", {}, { random: seeded(7) })).toBe(
      evaluateAt("RandomString(12,1,1,1,1)", {}, { random: seeded(7) }),
    );
    expect(evaluateAt("RandomString(256,0,0,0,0)")).toHaveLength(256);
    expect(evaluateAt("RandomString(16,0,0,0,0)")).not.toBe(evaluateAt("RandomString(16,0,0,0,0)"));
  });

  const errors: [string, string, number][] = [
    ["RandomString(3,2,2,0,0)", "RandomString: Length (3) is less than the sum of the minimums (4)", 14],
    ["RandomString(257,0,0,0,0)", "RandomString: Length is at most 256", 14],
    ["RandomString(4,-1,0,0,0)", "RandomString: MinimumNumbers must not be negative", 16],
    [
      'RandomString(4,1,0,0,0,"0123456789")',
      "RandomString: CharactersToAvoid excludes every character MinimumNumbers needs",
      24,
    ],
    ['RandomString("six",1,0,0,0)', 'RandomString: Length must be a whole number, not "six"', 14],
  ];
  it.each(errors)("%s fails", (expression, detail, column) => {
    expect(evaluationErrorAt(expression)).toEqual({ code: "evaluation", detail, column });
  });
});
