"use client";
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import type { FormState } from "@/lib/errors/form-state";

export function SourceGroupForm({
  action,
  group,
  canWrite,
}: {
  action: (prev: FormState, data: FormData) => Promise<FormState>;
  group?: { displayName: string; description: string | null; mailNickname: string | null };
  canWrite: boolean;
}) {
  const [state, formAction, pending] = useActionState(action, {});
  const value = (name: "displayName" | "description" | "mailNickname" | "objectId") =>
    state.values?.[name] ?? (group && name !== "objectId" ? group[name] : null) ?? "";
  return (
    <form action={formAction} className="space-y-4" noValidate>
      {state.message && !state.ok && (
        <p role="alert" className="text-sm text-red-700">
          {state.message}
        </p>
      )}
      <Field
        label="Display name"
        name="displayName"
        defaultValue={value("displayName")}
        errors={state.fieldErrors?.displayName}
        required
        disabled={!canWrite}
      />
      <Field
        label="Description"
        name="description"
        defaultValue={value("description")}
        errors={state.fieldErrors?.description}
        disabled={!canWrite}
      />
      <Field
        label="Mail nickname"
        name="mailNickname"
        defaultValue={value("mailNickname")}
        errors={state.fieldErrors?.mailNickname}
        disabled={!canWrite}
      />
      {!group && (
        <Field
          label="objectId (optional GUID)"
          name="objectId"
          defaultValue={value("objectId")}
          errors={state.fieldErrors?.objectId}
          hint="Left empty, a new GUID is generated."
        />
      )}
      {canWrite && (
        <Button type="submit" disabled={pending}>
          {group ? "Save" : "Create group"}
        </Button>
      )}
    </form>
  );
}
