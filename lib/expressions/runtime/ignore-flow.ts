// IgnoreFlowIfNullOrEmpty's result: "drop this attribute from the flow". The mapping layer checks for it with
// isIgnoreFlow() and exports nothing for the attribute (not even null).
export const IGNORE_FLOW: unique symbol = Symbol.for("org-center.expressions.ignore-flow");
export type IgnoreFlow = typeof IGNORE_FLOW;

export function isIgnoreFlow(value: unknown): value is IgnoreFlow {
  return value === IGNORE_FLOW;
}

/** Thrown inside evaluation to unwind to the top: any expression that depends on an ignored value is ignored. */
export class IgnoreFlowSignal {
  readonly ignoreFlow = true;
}
