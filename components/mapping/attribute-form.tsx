"use client";
// Edit attribute (PRODUCT.md §6): mapping type, source attribute / constant / expression, default value if null,
// target attribute, Match objects using this attribute, Matching precedence, Apply this mapping.
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { MAPPING_TYPES, type TAttributeMapping, type TTargetAttribute } from "@/lib/mapping/types";
import { ExpressionBuilder } from "./expression-builder";

const input = "mt-1 block w-full rounded-md border border-slate-300 px-3 py-2 text-sm";
const label = "block text-sm font-medium text-slate-700";

function FieldError({ id, error }: { id: string; error?: string }) {
  return error ? (
    <p id={id} className="mt-1 text-sm text-red-700">
      {error}
    </p>
  ) : null;
}

export type AttributeFormProps = {
  initial: TAttributeMapping;
  targets: TTargetAttribute[];
  sourceAttributes: readonly string[];
  suggestUsersUrl: string;
  errorsFor: (m: TAttributeMapping) => Record<string, string>;
  testExpression: (
    expression: string,
    userRef: string,
  ) => Promise<{ ok: true; value: string; ignored: boolean } | { ok: false; error: string; caret?: string }>;
  onDone: (m: TAttributeMapping) => void;
  onCancel: () => void;
};

export function AttributeForm({
  initial,
  targets,
  sourceAttributes,
  suggestUsersUrl,
  errorsFor,
  testExpression,
  onDone,
  onCancel,
}: AttributeFormProps) {
  const [m, setM] = useState<TAttributeMapping>(initial);
  const errors = errorsFor(m);
  const set = (patch: Partial<TAttributeMapping>) => setM((prev) => ({ ...prev, ...patch }));
  const described = (key: string) =>
    errors[key] ? { "aria-invalid": true, "aria-describedby": `attr-${key}-error` } : {};
  return (
    <section aria-labelledby="edit-attribute-title" className="border-brand-200 rounded-lg border bg-brand-50/40 p-5">
      <h3 id="edit-attribute-title" className="text-base font-semibold">
        Edit attribute
      </h3>
      <div className="mt-4 grid gap-4 md:grid-cols-2">
        <div>
          <label className={label} htmlFor="attr-type">
            Mapping type
          </label>
          <select
            id="attr-type"
            className={input}
            value={m.type}
            onChange={(e) => set({ type: e.target.value as TAttributeMapping["type"] })}
          >
            {MAPPING_TYPES.map((t) => (
              <option key={t} value={t}>
                {t}
              </option>
            ))}
          </select>
        </div>
        {m.type === "Direct" && (
          <div>
            <label className={label} htmlFor="attr-source">
              Source attribute
            </label>
            <select
              id="attr-source"
              className={input}
              value={m.source ?? ""}
              onChange={(e) => set({ source: e.target.value || undefined })}
              {...described("source")}
            >
              <option value="">Choose…</option>
              {sourceAttributes.map((a) => (
                <option key={a} value={a}>
                  {a}
                </option>
              ))}
            </select>
            <FieldError id="attr-source-error" error={errors.source} />
          </div>
        )}
        {m.type === "Constant" && (
          <div>
            <label className={label} htmlFor="attr-constant">
              Constant value
            </label>
            <input
              id="attr-constant"
              className={input}
              value={m.constant ?? ""}
              onChange={(e) => set({ constant: e.target.value })}
              {...described("constant")}
            />
            <FieldError id="attr-constant-error" error={errors.constant} />
          </div>
        )}
        {m.type !== "None" && (
          <div>
            <label className={label} htmlFor="attr-default">
              Default value if null (optional)
            </label>
            <input
              id="attr-default"
              className={input}
              value={m.defaultValue ?? ""}
              onChange={(e) => set({ defaultValue: e.target.value || undefined })}
            />
          </div>
        )}
        <div>
          <label className={label} htmlFor="attr-target">
            Target attribute
          </label>
          <select
            id="attr-target"
            className={input}
            value={m.target}
            onChange={(e) =>
              set({
                target: e.target.value,
                targetType: targets.find((t) => t.name === e.target.value)?.type ?? "String",
              })
            }
            {...described("target")}
          >
            {!targets.some((t) => t.name === m.target) && <option value={m.target}>{m.target || "Choose…"}</option>}
            {targets.map((t) => (
              <option key={t.name} value={t.name}>
                {t.name}
              </option>
            ))}
          </select>
          <FieldError id="attr-target-error" error={errors.target} />
        </div>
        <div>
          <label className={label} htmlFor="attr-matching">
            Match objects using this attribute
          </label>
          <select
            id="attr-matching"
            className={input}
            value={m.matching ? "Yes" : "No"}
            onChange={(e) =>
              set({
                matching: e.target.value === "Yes",
                matchingPrecedence: e.target.value === "Yes" ? (m.matchingPrecedence ?? 1) : undefined,
              })
            }
            {...described("matching")}
          >
            <option>No</option>
            <option>Yes</option>
          </select>
          <FieldError id="attr-matching-error" error={errors.matching} />
        </div>
        {m.matching && (
          <div>
            <label className={label} htmlFor="attr-precedence">
              Matching precedence
            </label>
            <input
              id="attr-precedence"
              type="number"
              min={1}
              className={input}
              value={m.matchingPrecedence ?? 1}
              onChange={(e) => set({ matchingPrecedence: Math.max(1, Number(e.target.value) || 1) })}
              {...described("matchingPrecedence")}
            />
            <FieldError id="attr-matchingPrecedence-error" error={errors.matchingPrecedence} />
          </div>
        )}
        <div>
          <label className={label} htmlFor="attr-apply">
            Apply this mapping
          </label>
          <select
            id="attr-apply"
            className={input}
            value={m.apply}
            onChange={(e) => set({ apply: e.target.value as TAttributeMapping["apply"] })}
          >
            <option value="Always">Always</option>
            <option value="OnCreate">Only during creation</option>
          </select>
        </div>
      </div>
      {m.type === "Expression" && (
        <ExpressionBuilder
          expression={m.expression ?? ""}
          onChange={(expression) => set({ expression })}
          error={errors.expression}
          suggestUsersUrl={suggestUsersUrl}
          sourceAttributes={sourceAttributes}
          testExpression={testExpression}
        />
      )}
      <div className="mt-5 flex gap-3">
        <Button type="button" onClick={() => onDone(m)} disabled={Object.keys(errors).length > 0}>
          Ok
        </Button>
        <Button type="button" variant="secondary" onClick={onCancel}>
          Cancel
        </Button>
      </div>
    </section>
  );
}
