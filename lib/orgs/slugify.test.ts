import { describe, it, expect } from "vitest";
import { slugify } from "./slugify";

describe("slugify", () => {
  it.each([
    ["Contoso", "contoso"],
    ["Northwind Traders, Inc.", "northwind-traders-inc"],
    ["Müller & Söhne", "muller-sohne"],
    ["  --  ", "org"],
    ["日本", "org"],
  ])("%s → %s", (name, slug) => expect(slugify(name)).toBe(slug));

  it("caps the length", () => expect(slugify("a".repeat(100))).toHaveLength(48));
});
