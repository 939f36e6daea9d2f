// Multi-valued attributes: Split, Item, Count, RemoveDuplicates. Join (text-functions.ts) flattens them.
import { requiredInteger, type FunctionArgs, type FunctionSpec } from "../runtime/function-spec";
import { scalarToText } from "../runtime/values";

export const LIST_FUNCTIONS: FunctionSpec[] = [
  {
    name: "Split",
    params: ["source", "delimiter"],
    description:
      "Splits source at each delimiter into a multi-valued result; values are trimmed and empty ones dropped.",
    minArgs: 2,
    maxArgs: 2,
    evaluate(args: FunctionArgs) {
      const text = args.text(0);
      const delimiter = args.text(1);
      if (!delimiter) args.fail("delimiter must not be empty", 1);
      if (text === null) return null;
      return text
        .split(delimiter)
        .map((part) => part.trim())
        .filter((part) => part !== "");
    },
  },
  {
    name: "Item",
    params: ["attribute", "index"],
    description: "The index-th value (the first is 1) of a multi-valued attribute; null past the last value.",
    minArgs: 2,
    maxArgs: 2,
    evaluate(args: FunctionArgs) {
      const index = requiredInteger(args, 1, "index");
      if (index < 1) args.fail("index must be 1 or more (the first value is 1; index 0 shouldn't be used)", 1);
      return args.list(0)[index - 1] ?? null;
    },
  },
  {
    name: "Count",
    params: ["attribute"],
    description: "The number of values of a multi-valued attribute (0 when null, 1 for a single value).",
    minArgs: 1,
    maxArgs: 1,
    evaluate: (args) => args.list(0).length,
  },
  {
    name: "RemoveDuplicates",
    params: ["attribute"],
    description:
      "The values of a multi-valued attribute with duplicates removed (first occurrence kept, case-sensitive).",
    minArgs: 1,
    maxArgs: 1,
    evaluate(args: FunctionArgs) {
      if (args.value(0) === null) return null;
      const seen = new Set<string>();
      return args.list(0).filter((value) => {
        const key = scalarToText(value);
        if (seen.has(key)) return false;
        seen.add(key);
        return true;
      });
    },
  },
];
