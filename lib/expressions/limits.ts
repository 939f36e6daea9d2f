// Bounds on what the expression language accepts, so a pasted blob or a runaway nesting fails clearly
// instead of exhausting the stack. Entra's own expressions are a few hundred characters at most.
export const MAX_EXPRESSION_LENGTH = 10_000;
export const MAX_NESTING_DEPTH = 50;
