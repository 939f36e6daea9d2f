// org-center expression eval|functions: try an attribute-mapping expression against a source object from the
// command line, the way the mapping editor's "Test expression" does.
import { AppError } from "@/lib/errors/app-error";
import {
  caretDisplay,
  evaluateExpression,
  isExpressionError,
  isIgnoreFlow,
  listExpressionFunctions,
} from "@/lib/expressions";
import type { Output } from "./output";
import { requireOption, UsageError } from "./usage-error";

const USAGE = `Usage: org-center expression eval --expr E [--source JSON] | expression functions`;

function parseSource(raw: unknown): Record<string, unknown> {
  if (raw === undefined) return {};
  let source: unknown;
  try {
    source = JSON.parse(String(raw));
  } catch (error) {
    throw new UsageError(
      `--source is not valid JSON (${(error as Error).message}); pass an object such as '{"mail":"a@contoso.com"}'.`,
    );
  }
  if (source === null || typeof source !== "object" || Array.isArray(source))
    throw new UsageError(`--source must be a JSON object of attribute names and values.`);
  return source as Record<string, unknown>;
}

export async function expressionCommand(sub: string | undefined, options: Record<string, unknown>, out: Output) {
  if (sub === "functions") {
    const functions = listExpressionFunctions();
    out.print(functions, () => functions.map((f) => `${f.signature}\n    ${f.description}`).join("\n"));
    return;
  }
  if (sub !== "eval") throw new UsageError(USAGE);
  const expr = requireOption(options, "expr");
  const source = parseSource(options.source);
  let result;
  try {
    result = await evaluateExpression(expr, { source });
  } catch (error) {
    if (!isExpressionError(error)) throw error;
    const shown = caretDisplay(error.text, error.position, error.end);
    if (out.json)
      throw new AppError("invalid_input", error.message, {
        expr: [caretDisplay(error.text, error.position, error.end, "")],
      });
    throw new AppError("invalid_input", `${error.message}\n${shown}`);
  }
  if (isIgnoreFlow(result)) {
    out.print({ value: null, ignoreFlow: true }, () => "(not flowed: IgnoreFlowIfNullOrEmpty dropped the attribute)");
    return;
  }
  out.print({ value: result, ignoreFlow: false }, () => JSON.stringify(result));
}
