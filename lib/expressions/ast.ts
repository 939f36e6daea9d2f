// The syntax tree of an Entra attribute-mapping expression. Every node carries its source span (0-based
// offsets into the expression text, end exclusive) so errors can point at it.
export type Span = { start: number; end: number };

export type CompareOperator = "=" | "<>" | "<" | "<=" | ">" | ">=";

export type StringNode = Span & { kind: "string"; value: string };
export type NumberNode = Span & { kind: "number"; value: number };
export type AttributeNode = Span & { kind: "attribute"; name: string };
/** A bare name such as vbTextCompare (InStr's compare type). */
export type ConstantNode = Span & { kind: "constant"; name: string };
/** An argument left out, as in `Switch([IsSoftDeleted], , "False", "True")`; it evaluates to null. */
export type OmittedNode = Span & { kind: "omitted" };
export type CallNode = Span & { kind: "call"; name: string; nameEnd: number; args: ExpressionNode[] };
export type CompareNode = Span & {
  kind: "compare";
  operator: CompareOperator;
  operatorStart: number;
  left: ExpressionNode;
  right: ExpressionNode;
};

export type ExpressionNode =
  StringNode | NumberNode | AttributeNode | ConstantNode | OmittedNode | CallNode | CompareNode;

/** A parsed (and, from compileExpression, checked) expression with the text its spans refer to. */
export type ParsedExpression = { text: string; root: ExpressionNode };
