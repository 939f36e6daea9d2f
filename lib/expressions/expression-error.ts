// The one error type of the expression language: what went wrong and where (offset, line, column), so the
// editor can underline it and the CLI can put a caret under it.
export type ExpressionErrorCode = "syntax" | "unknown_function" | "arity" | "limit" | "evaluation";

export class ExpressionError extends Error {
  readonly line: number;
  readonly column: number;

  constructor(
    readonly code: ExpressionErrorCode,
    /** The message without its location. */
    readonly detail: string,
    readonly text: string,
    /** 0-based offset of the first character at fault. */
    readonly position: number,
    /** 0-based offset just past the text at fault (at least position + 1). */
    readonly end: number = position + 1,
  ) {
    const { line, column } = locate(text, position);
    super(`${detail} (${describeLocation(text, line, column)})`);
    this.name = "ExpressionError";
    this.line = line;
    this.column = column;
    this.end = Math.max(end, position + 1);
  }
}

export function isExpressionError(error: unknown): error is ExpressionError {
  return error instanceof ExpressionError;
}

/** 1-based line and column of an offset. */
export function locate(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, Math.max(0, offset));
  const lineStart = before.lastIndexOf("\n") + 1;
  return { line: before.split("\n").length, column: offset - lineStart + 1 };
}

function describeLocation(text: string, line: number, column: number): string {
  return text.includes("\n") ? `at line ${line}, column ${column}` : `at column ${column}`;
}

/** The offending line and a caret under the position, each line prefixed with `indent`. */
export function caretDisplay(text: string, position: number, end = position + 1, indent = "  "): string {
  const lineStart = text.lastIndexOf("\n", position - 1) + 1;
  const newline = text.indexOf("\n", lineStart);
  const lineEnd = newline === -1 ? text.length : newline;
  const MAX_SHOWN = 120;
  // Long lines are shown as a window around the position.
  const from = Math.max(lineStart, Math.min(position - 40, lineEnd - MAX_SHOWN));
  const to = Math.min(lineEnd, from + MAX_SHOWN);
  const prefix = from > lineStart ? "…" : "";
  const shown = `${prefix}${text.slice(from, to)}${to < lineEnd ? "…" : ""}`;
  const pad = `${prefix}${text.slice(from, position)}`.replace(/[^\t]/g, " ");
  const width = Math.max(1, Math.min(end, to) - position);
  return `${indent}${shown}\n${indent}${pad}${"^".repeat(width)}`;
}
