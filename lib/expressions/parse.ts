// Recursive-descent parser for Entra's expression syntax:
//   expression := operand [ ("=" | "<>" | "<" | "<=" | ">" | ">=") operand ]
//   operand    := string | number | [attribute] | name "(" [ argument { "," argument } ] ")" | name
//   argument   := expression | (nothing: an omitted argument, null)
// Syntax only; compileExpression (compile.ts) also resolves function names and checks argument counts.
import type { CallNode, ExpressionNode, ParsedExpression } from "./ast";
import { ExpressionError } from "./expression-error";
import { MAX_NESTING_DEPTH } from "./limits";
import { tokenize, type Token } from "./tokenize";

export function parseExpression(text: string): ParsedExpression {
  const tokens = tokenize(text);
  let index = 0;
  const peek = () => tokens[index]!;
  const next = () => tokens[index++]!;
  const fail = (message: string, token: Token): never => {
    throw new ExpressionError("syntax", message, text, token.start, token.end);
  };

  function expression(depth: number): ExpressionNode {
    const left = operand(depth);
    const op = peek();
    if (op.kind !== "operator") return left;
    next();
    const right = operand(depth);
    const after = peek();
    if (after.kind === "operator")
      fail(`Only one comparison is allowed here; nest IIF calls to combine conditions`, after);
    return {
      kind: "compare",
      operator: op.value,
      operatorStart: op.start,
      left,
      right,
      start: left.start,
      end: right.end,
    };
  }

  function operand(depth: number): ExpressionNode {
    const token = next();
    switch (token.kind) {
      case "string":
        return { kind: "string", value: token.value, start: token.start, end: token.end };
      case "number":
        return { kind: "number", value: token.value, start: token.start, end: token.end };
      case "attribute":
        return { kind: "attribute", name: token.value, start: token.start, end: token.end };
      case "identifier":
        if (peek().kind === "(") return call(token, depth + 1);
        return { kind: "constant", name: token.value, start: token.start, end: token.end };
      case "end":
        return fail(index === 1 ? "Expression is empty" : "Unexpected end of expression: a value is missing", token);
      default:
        return fail(
          `Expected a value (a function call, an [attribute], a "string" or a number) but found "${token.value}"`,
          token,
        );
    }
  }

  function call(name: Extract<Token, { kind: "identifier" }>, depth: number): CallNode {
    if (depth > MAX_NESTING_DEPTH) {
      throw new ExpressionError(
        "limit",
        `Functions are nested more than ${MAX_NESTING_DEPTH} deep`,
        text,
        name.start,
        name.end,
      );
    }
    const open = next();
    const args: ExpressionNode[] = [];
    if (peek().kind === ")") {
      return { kind: "call", name: name.value, nameEnd: name.end, args, start: name.start, end: next().end };
    }
    for (;;) {
      const token = peek();
      if (token.kind === "," || token.kind === ")")
        args.push({ kind: "omitted", start: token.start, end: token.start });
      else if (token.kind === "end") fail(`Unclosed parenthesis: ${name.value}( is missing its ")"`, open);
      else args.push(expression(depth));
      const separator = next();
      if (separator.kind === ")")
        return { kind: "call", name: name.value, nameEnd: name.end, args, start: name.start, end: separator.end };
      if (separator.kind === "end") fail(`Unclosed parenthesis: ${name.value}( is missing its ")"`, open);
      if (separator.kind !== ",")
        fail(`Expected "," or ")" in the arguments of ${name.value} but found "${separator.value}"`, separator);
    }
  }

  const root = expression(0);
  const rest = peek();
  if (rest.kind !== "end") {
    fail(
      rest.kind === ")"
        ? 'Unexpected ")" without a matching "("'
        : `Unexpected "${rest.value}" after the end of the expression`,
      rest,
    );
  }
  return { text, root };
}
