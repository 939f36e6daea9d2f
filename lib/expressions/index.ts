// Entra's attribute-mapping expression language: parse, check, evaluate, validate, list the functions.
export type { ExpressionNode, ParsedExpression, Span } from "./ast";
export { parseExpression } from "./parse";
export { compileExpression } from "./compile";
export {
  evaluateExpression,
  evaluateExpressionSync,
  isSelectUniqueValue,
  type EvaluationContext,
  type ExpressionResult,
} from "./evaluate";
export { validateExpression, type ExpressionValidation } from "./validate";
export { listExpressionFunctions, type ExpressionFunctionInfo } from "./function-catalog";
export { ExpressionError, isExpressionError, caretDisplay, type ExpressionErrorCode } from "./expression-error";
export { IGNORE_FLOW, isIgnoreFlow, type IgnoreFlow } from "./runtime/ignore-flow";
export type { ExpressionValue, ScalarValue } from "./runtime/values";
export { MAX_EXPRESSION_LENGTH, MAX_NESTING_DEPTH } from "./limits";
