// Conditions and null handling: IIF, Switch, Coalesce, CBool, Not, IsNull, IsNullOrEmpty, IsPresent, IsString,
// IgnoreFlowIfNullOrEmpty, BitAnd. IIF, Switch and Coalesce evaluate only the arguments they need.
import type { FunctionArgs, FunctionSpec } from "../runtime/function-spec";
import { IgnoreFlowSignal } from "../runtime/ignore-flow";
import { asBoolean, asNumber, describeValue, isNullOrEmptyValue, isNullValue } from "../runtime/values";

/** Bitwise AND through BigInt, so values past 32 bits keep their high bits; null when either side is null. */
function bitAnd(a: number | null, b: number | null): number | null {
  return a === null || b === null ? null : Number(BigInt(a) & BigInt(b));
}

function single(args: FunctionArgs, index: number) {
  const value = args.value(index);
  if (Array.isArray(value) && value.length > 1)
    args.fail(`expects a single value but got ${value.length} values`, index);
  return Array.isArray(value) ? (value[0] ?? null) : value;
}

export const LOGIC_FUNCTIONS: FunctionSpec[] = [
  {
    name: "IIF",
    params: ["condition", "valueIfTrue", "valueIfFalse"],
    description:
      "valueIfTrue or valueIfFalse by condition (=, <>, <, <=, >, >=). As in Entra, null when an attribute in the condition is null or empty.",
    minArgs: 3,
    maxArgs: 3,
    lazy: true,
    evaluate(args) {
      // Entra: "If the source attribute used within the IIF function is empty or null, the condition check fails."
      if (args.referencesEmptyAttribute(0)) return null;
      const condition = single(args, 0);
      if (condition === null) return null;
      const truth = typeof condition === "number" ? condition !== 0 : asBoolean(condition);
      if (truth === undefined) args.fail(`condition must be True or False but is ${describeValue(condition)}`, 0);
      return args.value(truth ? 1 : 2);
    },
  },
  {
    name: "Switch",
    params: ["source", "defaultValue", "key1", "value1", "key2", "value2..."],
    description:
      'The value paired with the first key equal to source (case-sensitive; null matches ""), else defaultValue.',
    minArgs: 4,
    maxArgs: Infinity,
    evenArgs: true,
    lazy: true,
    evaluate(args) {
      const source = args.text(0) ?? "";
      for (let key = 2; key < args.count; key += 2) {
        if ((args.text(key) ?? "") === source) return args.value(key + 1);
      }
      return args.value(1);
    },
  },
  {
    name: "Coalesce",
    params: ["source1", "source2...", "[defaultValue]"],
    description: "The first argument that is not null (an empty string is a value); null if all are null.",
    minArgs: 1,
    maxArgs: Infinity,
    lazy: true,
    evaluate(args) {
      for (let i = 0; i < args.count; i++) {
        const value = args.value(i);
        if (!isNullValue(value)) return value;
      }
      return null;
    },
  },
  {
    name: "CBool",
    params: ["expression"],
    description: "True when expression is True or a non-zero number, otherwise False.",
    minArgs: 1,
    maxArgs: 1,
    evaluate(args) {
      const value = single(args, 0);
      if (value === null) return false;
      const number = asNumber(value);
      return number !== undefined ? number !== 0 : asBoolean(value) === true;
    },
  },
  {
    name: "Not",
    params: ["source"],
    description: 'False when source is True ("True" in any case), otherwise True.',
    minArgs: 1,
    maxArgs: 1,
    evaluate(args) {
      const value = single(args, 0);
      return value === null || asBoolean(value) !== true;
    },
  },
  {
    name: "IsNull",
    params: ["expression"],
    description: "True when expression is null (for an attribute: absent).",
    minArgs: 1,
    maxArgs: 1,
    evaluate: (args) => isNullValue(args.value(0)),
  },
  {
    name: "IsNullOrEmpty",
    params: ["expression"],
    description: "True when expression is null or an empty string. The inverse of IsPresent.",
    minArgs: 1,
    maxArgs: 1,
    evaluate: (args) => isNullOrEmptyValue(args.value(0)),
  },
  {
    name: "IsPresent",
    params: ["expression"],
    description: "True when expression is neither null nor an empty string. The inverse of IsNullOrEmpty.",
    minArgs: 1,
    maxArgs: 1,
    evaluate: (args) => !isNullOrEmptyValue(args.value(0)),
  },
  {
    name: "IsString",
    params: ["expression"],
    description: "True when expression evaluates to a single (string-convertible) value.",
    minArgs: 1,
    maxArgs: 1,
    evaluate(args) {
      const value = args.value(0);
      return value !== null && !Array.isArray(value);
    },
  },
  {
    name: "IgnoreFlowIfNullOrEmpty",
    params: ["expression"],
    description: "expression's value; when it is null or empty, the attribute is left out of the flow entirely.",
    minArgs: 1,
    maxArgs: 1,
    evaluate(args) {
      const value = args.value(0);
      if (isNullOrEmptyValue(value)) throw new IgnoreFlowSignal();
      return value;
    },
  },
  {
    name: "BitAnd",
    params: ["value1", "value2"],
    description: "The bitwise AND of two whole numbers (literals may be hexadecimal: &HF7).",
    minArgs: 2,
    maxArgs: 2,
    evaluate: (args) => bitAnd(args.integer(0), args.integer(1)),
  },
  {
    name: "SelectUniqueValue",
    params: ["uniqueValueRule1", "uniqueValueRule2", "uniqueValueRule3..."],
    description: "The first rule's value that does not exist yet in the target. Only as the whole expression.",
    minArgs: 2,
    maxArgs: Infinity,
    topLevelOnly: true,
    lazy: true,
    evaluate(args) {
      // Reached only if the top-level check was bypassed: evaluate.ts runs the uniqueness checks itself.
      return args.fail("must be the whole expression, not nested inside another function");
    },
  },
];
