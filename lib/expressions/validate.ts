// What the mapping editor asks while the admin types: is this expression well-formed, and if not, where not.
import { compileExpression } from "./compile";
import { isExpressionError } from "./expression-error";

export type ExpressionValidation =
  | { ok: true }
  | { ok: false; message: string; detail: string; position: number; end: number; line: number; column: number };

export function validateExpression(text: string): ExpressionValidation {
  try {
    compileExpression(text);
    return { ok: true };
  } catch (error) {
    if (!isExpressionError(error)) throw error;
    return {
      ok: false,
      message: error.message,
      detail: error.detail,
      position: error.position,
      end: error.end,
      line: error.line,
      column: error.column,
    };
  }
}
