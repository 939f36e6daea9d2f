// Helpers for the expression language's unit tests: evaluate on a fixed clock, and catch the ExpressionError.
import { evaluateExpressionSync, type EvaluationContext, type ExpressionResult } from "./evaluate";
import { isExpressionError, type ExpressionError } from "./expression-error";

/** Friday 2 July 2021, 15:33:38 UTC: the Now() example of Entra's documentation. */
export const FIXED_NOW = new Date(Date.UTC(2021, 6, 2, 15, 33, 38));

export function evaluateAt(expression: string, source: Record<string, unknown> = {}, context: Partial<EvaluationContext> = {}): ExpressionResult {
  return evaluateExpressionSync(expression, { now: () => FIXED_NOW, ...context, source });
}

export function expressionErrorOf(run: () => unknown): ExpressionError {
  try {
    run();
  } catch (error) {
    if (isExpressionError(error)) return error;
    throw error;
  }
  throw new Error("expected an ExpressionError, but the expression evaluated");
}

/** The error evaluating `expression` raises: its detail (message without location) and 1-based column. */
export function evaluationErrorAt(expression: string, source: Record<string, unknown> = {}): { code: string; detail: string; column: number } {
  const error = expressionErrorOf(() => evaluateAt(expression, source));
  return { code: error.code, detail: error.detail, column: error.column };
}
