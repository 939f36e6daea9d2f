// The functions the builder lists: name, signature, one line of help and how many arguments each takes.
import { signatureOf } from "./runtime/function-spec";
import { FUNCTIONS } from "./functions/registry";

export type ExpressionFunctionInfo = {
  name: string;
  signature: string;
  description: string;
  minArgs: number;
  maxArgs: number | null;
};

export function listExpressionFunctions(): ExpressionFunctionInfo[] {
  return FUNCTIONS.map((spec) => ({
    name: spec.name,
    signature: signatureOf(spec),
    description: spec.description,
    minArgs: spec.minArgs,
    maxArgs: spec.maxArgs === Infinity ? null : spec.maxArgs,
  }));
}
