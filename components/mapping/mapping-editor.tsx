"use client";
// Attribute Mapping screen for one object type: Enabled, Target Object Actions, the mappings table with Add New
// Mapping / Edit / Delete, the target attribute list (add, rename, delete), the scoping filters, and Preview then Save.
import { useMemo, useState, useTransition } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import type { FormState } from "@/lib/errors/form-state";
import type { MappingPreview } from "@/lib/provisioning/mappings/preview";
import { renameTargetAttribute } from "@/lib/mapping/rename-target-attribute";
import { targetAttributesOf } from "@/lib/mapping/target-attributes";
import type { TAttributeMapping, TObjectMapping } from "@/lib/mapping/types";
import { validateObjectMapping } from "@/lib/mapping/validate-definition";
import { AttributeForm, type AttributeFormProps } from "./attribute-form";
import { AttributeTable } from "./attribute-table";
import { PreviewPanel } from "./preview-panel";
import { ScopingFilterEditor } from "./scoping-filter-editor";
import { TargetAttributeList } from "./target-attribute-list";

type Kind = "user" | "group";

export type MappingEditorProps = {
  kind: Kind;
  initial: TObjectMapping;
  canWrite: boolean;
  sourceAttributes: readonly string[];
  /** The identity source's suggestion route, which Test expression searches for a source user. */
  suggestUsersUrl: string;
  groups: { id: string; label: string }[];
  save: (objectJson: string, comment: string) => Promise<FormState>;
  preview: (objectJson: string) => Promise<{ ok: true; preview: MappingPreview } | { ok: false; state: FormState }>;
  testExpression: AttributeFormProps["testExpression"];
};

/** Field errors of one object mapping, keys without the "user."/"group." prefix. */
function errorsOf(kind: Kind, m: TObjectMapping): Record<string, string> {
  return Object.fromEntries(
    Object.entries(validateObjectMapping(kind, m)).map(([k, v]) => [k.slice(kind.length + 1), v]),
  );
}

export function MappingEditor(props: MappingEditorProps) {
  const { kind, canWrite } = props;
  const [m, setM] = useState<TObjectMapping>(props.initial);
  const [editing, setEditing] = useState<number | "new" | null>(null);
  const [comment, setComment] = useState("");
  const [preview, setPreview] = useState<MappingPreview | null>(null);
  const [state, setState] = useState<FormState | null>(null);
  const [pending, start] = useTransition();
  const errors = useMemo(() => errorsOf(kind, m), [kind, m]);
  const targets = targetAttributesOf(m, kind);
  const change = (next: TObjectMapping) => {
    setM(next);
    setPreview(null);
    setState(null);
  };
  const serverErrors = Object.entries(state?.fieldErrors ?? {}).map(([k, v]) => `${k}: ${v.join(" ")}`);

  const editedIndex = editing === "new" ? m.attributes.length : editing;
  const blank: TAttributeMapping = {
    type: "Direct",
    source: undefined,
    target: targets.find((t) => !m.attributes.some((a) => a.target === t.name))?.name ?? "",
    targetType: "String",
    matching: false,
    apply: "Always",
  };
  const errorsFor = (a: TAttributeMapping) => {
    const attributes = [...m.attributes];
    attributes[editedIndex!] = a;
    const prefix = `attributes.${editedIndex}.`;
    return Object.fromEntries(
      Object.entries(errorsOf(kind, { ...m, attributes }))
        .filter(([k]) => k.startsWith(prefix))
        .map(([k, v]) => [k.slice(prefix.length), v]),
    );
  };

  return (
    <div className="space-y-6">
      <Card title="Settings">
        <fieldset disabled={!canWrite} className="flex min-w-0 flex-wrap gap-x-8 gap-y-3 text-sm">
          <label className="flex items-center gap-2">
            <input type="checkbox" checked={m.enabled} onChange={(e) => change({ ...m, enabled: e.target.checked })} />{" "}
            Enabled
          </label>
          <div role="group" aria-labelledby="actions-label" className="flex flex-wrap items-center gap-x-4 gap-y-2">
            <span id="actions-label" className="font-medium">
              Target Object Actions
            </span>
            {(["create", "update", "delete"] as const).map((a) => (
              <label key={a} className="flex items-center gap-1.5 capitalize">
                <input
                  type="checkbox"
                  checked={m.actions[a]}
                  onChange={(e) => change({ ...m, actions: { ...m.actions, [a]: e.target.checked } })}
                />{" "}
                {a}
              </label>
            ))}
          </div>
        </fieldset>
      </Card>
      <Card
        title="Attribute Mappings"
        actions={
          canWrite && editing === null ? (
            <Button type="button" variant="secondary" onClick={() => setEditing("new")}>
              Add New Mapping
            </Button>
          ) : undefined
        }
      >
        {errors.attributes && (
          <p role="alert" className="mb-3 text-sm text-red-700">
            {errors.attributes}
          </p>
        )}
        <AttributeTable
          attributes={m.attributes}
          errors={errors}
          canWrite={canWrite}
          onEdit={setEditing}
          onDelete={(i) => change({ ...m, attributes: m.attributes.filter((_, j) => j !== i) })}
        />
        {editing !== null && (
          <div className="mt-5">
            <AttributeForm
              key={String(editing)}
              initial={editing === "new" ? blank : m.attributes[editing]!}
              targets={targets}
              sourceAttributes={props.sourceAttributes}
              suggestUsersUrl={props.suggestUsersUrl}
              errorsFor={errorsFor}
              testExpression={props.testExpression}
              onCancel={() => setEditing(null)}
              onDone={(a) => {
                const attributes = [...m.attributes];
                attributes[editedIndex!] = a;
                change({ ...m, attributes });
                setEditing(null);
              }}
            />
          </div>
        )}
      </Card>
      <Card title="Source Object Scope">
        <fieldset disabled={!canWrite}>
          <ScopingFilterEditor
            filters={m.scopingFilters}
            sourceAttributes={props.sourceAttributes}
            groups={props.groups}
            errors={errors}
            onChange={(scopingFilters) => change({ ...m, scopingFilters })}
          />
        </fieldset>
      </Card>
      <Card title="Target attribute list">
        <fieldset disabled={!canWrite}>
          <TargetAttributeList
            attributes={targets}
            errors={errors}
            onChange={(targetAttributes) =>
              change({
                ...m,
                targetAttributes,
                // A mapping converts its value to its target's type, so a type change follows into the mappings.
                attributes: m.attributes.map((a) => ({
                  ...a,
                  targetType: targetAttributes.find((t) => t.name === a.target)?.type ?? a.targetType,
                })),
              })
            }
            onRename={(from, to) => {
              const renamed = renameTargetAttribute(m, kind, from, to);
              if (!renamed.ok) return renamed.error;
              change(renamed.mapping);
              return null;
            }}
          />
        </fieldset>
      </Card>
      {canWrite && (
        <Card title="Review and save">
          <div className="space-y-4">
            <div>
              <label htmlFor="mapping-comment" className="block text-sm font-medium text-slate-700">
                Comment (optional)
              </label>
              <input
                id="mapping-comment"
                className="mt-1 block w-full max-w-xl rounded-md border border-slate-300 px-3 py-2 text-sm"
                value={comment}
                onChange={(e) => setComment(e.target.value)}
              />
            </div>
            {Object.keys(errors).length > 0 && (
              <Alert tone="warning">Fix {Object.keys(errors).length} field(s) before previewing or saving.</Alert>
            )}
            {state?.message && (
              <Alert tone={state.ok ? "success" : "error"}>
                {state.message}
                {serverErrors.length > 0 && (
                  <ul className="mt-1 list-disc pl-5">
                    {serverErrors.map((e) => (
                      <li key={e}>{e}</li>
                    ))}
                  </ul>
                )}
              </Alert>
            )}
            <div className="flex gap-3">
              <Button
                type="button"
                variant="secondary"
                disabled={pending || Object.keys(errors).length > 0 || editing !== null}
                onClick={() =>
                  start(async () => {
                    const r = await props.preview(JSON.stringify(m));
                    if (r.ok) {
                      setPreview(r.preview);
                      setState(null);
                    } else setState(r.state);
                  })
                }
              >
                Preview changes
              </Button>
              <Button
                type="button"
                disabled={pending || Object.keys(errors).length > 0 || editing !== null}
                onClick={() =>
                  start(async () => {
                    const r = await props.save(JSON.stringify(m), comment);
                    setState(r);
                    if (r.ok) {
                      setPreview(null);
                      setComment("");
                    }
                  })
                }
              >
                Save
              </Button>
            </div>
            {preview && <PreviewPanel preview={preview} />}
          </div>
        </Card>
      )}
    </div>
  );
}
