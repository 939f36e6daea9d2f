"use client";
// The expression builder: the expression with its parse error at the field, insertable functions and attributes,
// and Test expression against a source user searched over the whole identity source.
import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { listExpressionFunctions } from "@/lib/expressions";
import { SourceUserPicker } from "./source-user-picker";

type TestResult = { ok: true; value: string; ignored: boolean } | { ok: false; error: string; caret?: string };

const FUNCTIONS = listExpressionFunctions();

export function ExpressionBuilder({
  expression,
  onChange,
  error,
  suggestUsersUrl,
  sourceAttributes,
  testExpression,
}: {
  expression: string;
  onChange: (expression: string) => void;
  error?: string;
  suggestUsersUrl: string;
  sourceAttributes: readonly string[];
  testExpression: (expression: string, userRef: string) => Promise<TestResult>;
}) {
  const [userRef, setUserRef] = useState("");
  const [searching, setSearching] = useState(true);
  // A result is kept with the expression and user it came from and shown only while both are unchanged.
  const [tested, setTested] = useState<{ expression: string; userRef: string; result: TestResult } | null>(null);
  const result = tested && tested.expression === expression && tested.userRef === userRef ? tested.result : null;
  const [pending, start] = useTransition();
  const runTest = () =>
    start(async () => {
      const run = { expression, userRef };
      setTested({ ...run, result: await testExpression(run.expression, run.userRef) });
    });
  const insert = (text: string) => onChange(expression ? `${expression}${text}` : text);
  return (
    <div className="mt-4 space-y-3">
      <div>
        <label htmlFor="attr-expression" className="block text-sm font-medium text-slate-700">
          Expression
        </label>
        <textarea
          id="attr-expression"
          rows={3}
          spellCheck={false}
          className={`mt-1 block w-full rounded-md border px-3 py-2 font-mono text-sm ${error ? "border-red-500" : "border-slate-300"}`}
          value={expression}
          onChange={(e) => onChange(e.target.value)}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? "attr-expression-error" : "attr-expression-hint"}
        />
        {error ? (
          <p id="attr-expression-error" className="mt-1 text-sm text-red-700">
            {error}
          </p>
        ) : (
          <p id="attr-expression-hint" className="mt-1 text-xs text-slate-600">
            Entra syntax, e.g. Join(&quot;, &quot;, [surname], [givenName]) or ToLower([mail]).
          </p>
        )}
      </div>
      <div className="flex flex-wrap gap-3">
        <div>
          <label htmlFor="expr-function" className="block text-xs font-medium text-slate-700">
            Insert function
          </label>
          <select
            id="expr-function"
            className="mt-1 rounded-md border border-slate-300 px-2 py-1 text-sm"
            value=""
            onChange={(e) => e.target.value && insert(`${e.target.value}(`)}
          >
            <option value="">Choose…</option>
            {FUNCTIONS.map((f) => (
              <option key={f.name} value={f.name}>
                {f.name}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="expr-attribute" className="block text-xs font-medium text-slate-700">
            Insert attribute
          </label>
          <select
            id="expr-attribute"
            className="mt-1 rounded-md border border-slate-300 px-2 py-1 text-sm"
            value=""
            onChange={(e) => e.target.value && insert(`[${e.target.value}]`)}
          >
            <option value="">Choose…</option>
            {sourceAttributes.map((a) => (
              <option key={a} value={a}>
                {a}
              </option>
            ))}
          </select>
        </div>
      </div>
      <fieldset className="rounded-md border border-slate-200 p-3">
        <legend className="px-1 text-sm font-medium">Test expression</legend>
        <div className="flex flex-wrap items-end gap-3">
          <SourceUserPicker
            suggestUrl={suggestUsersUrl}
            value={userRef}
            onChange={setUserRef}
            onSearchingChange={setSearching}
          />
          <Button
            type="button"
            variant="secondary"
            disabled={pending || searching || !userRef || !expression}
            onClick={runTest}
          >
            Test expression
          </Button>
        </div>
        <div aria-live="polite">
          {result?.ok && (
            <p className="mt-2 text-sm">
              Result:{" "}
              <output className="rounded bg-slate-100 px-1 font-mono">
                {result.ignored ? "(attribute not exported: IgnoreFlowIfNullOrEmpty)" : result.value}
              </output>
            </p>
          )}
          {result?.ok && /^\s*SelectUniqueValue\s*\(/i.test(expression) && (
            <p className="mt-1 text-sm text-slate-600">
              The test shows the first value without asking the target. A provisioning cycle asks the target when it
              creates the object and takes the first value not yet taken there.
            </p>
          )}
          {result && !result.ok && (
            <div className="mt-2 text-sm text-red-700">
              <p>{result.error}</p>
              {result.caret && <pre className="mt-1 overflow-x-auto font-mono text-xs">{result.caret}</pre>}
            </div>
          )}
        </div>
      </fieldset>
    </div>
  );
}
