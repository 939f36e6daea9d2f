// The error an object fails with when its mappings cannot be evaluated. SelectUniqueValue finding every candidate
// taken in the target has its own code and advice (Entra logs the object as failed and retries it next cycle).
import { EngineError } from "./diagnose";
import type { Evaluation } from "./evaluate";

export function evaluationFailed(
  evaluation: Extract<Evaluation, { action: "Error" }>,
  recommendation: string,
): EngineError {
  if (evaluation.noUniqueValue) {
    return new EngineError(
      "SelectUniqueValueNoUniqueValue",
      evaluation.detail,
      "Every value SelectUniqueValue generated is already taken in the target. Add a rule that generates another value, or free one of them in the target; the object is retried in the next cycle.",
    );
  }
  return new EngineError("AttributeMappingEvaluationFailed", evaluation.detail, recommendation);
}
