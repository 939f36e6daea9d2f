// Field-level validation of a mapping definition before it is saved (PRODUCT.md §6): at least one matching
// attribute, distinct matching precedence, target attributes that exist (named as SCIM paths, unique regardless
// of case), expressions that parse, clauses with the values their operators need. Errors are keyed by field
// path, e.g. "user.attributes.2.expression".
import { validateExpression } from "@/lib/expressions";
import { isUniqueValueMapping } from "./evaluate-mapping";
import { targetAttributeNameError } from "./target-attribute-name";
import { targetAttributesOf } from "./target-attributes";
import { UNARY_SCOPE_OPERATORS, type TMappingDefinition, type TObjectMapping } from "./types";

export type FieldErrors = Record<string, string>;

const NUMERIC = new Set(["Greater_Than", "Greater_Than_OR_EQUALS", "Less_Than", "Less_Than_OR_EQUALS", "&", "!&"]);
const REGEX = new Set(["REGEX MATCH", "NOT REGEX MATCH"]);

function validateAttributes(kind: "user" | "group", m: TObjectMapping, errors: FieldErrors): void {
  const p = `${kind}.attributes`;
  const known = new Set(targetAttributesOf(m, kind).map((a) => a.name));
  const targets = new Map<string, number>();
  const precedences = new Map<number, number>();
  m.attributes.forEach((a, i) => {
    if (!known.has(a.target))
      errors[`${p}.${i}.target`] =
        `"${a.target}" is not in the target's attribute list. Add it there first, or choose another target attribute.`;
    const seen = targets.get(a.target);
    if (seen !== undefined)
      errors[`${p}.${i}.target`] = `"${a.target}" is already mapped (row ${seen + 1}); map each target attribute once.`;
    targets.set(a.target, i);
    if (a.type === "Direct" && !a.source) errors[`${p}.${i}.source`] = "Choose a source attribute.";
    if (a.type === "Constant" && (a.constant ?? "") === "") errors[`${p}.${i}.constant`] = "Enter the constant value.";
    if (a.type === "Expression") {
      const v = validateExpression(a.expression ?? "");
      if (!v.ok) errors[`${p}.${i}.expression`] = `${v.message} (line ${v.line}, column ${v.column})`;
    }
    if (a.matching) {
      if (a.type === "None") errors[`${p}.${i}.matching`] = "A mapping of type None cannot match objects.";
      // Matching would query the first candidate, which may be the object that took it.
      if (isUniqueValueMapping(a))
        errors[`${p}.${i}.matching`] =
          "SelectUniqueValue is evaluated only when an object is created; it cannot match objects. Match on another attribute (e.g. externalId).";
      const precedence = a.matchingPrecedence ?? 1;
      const other = precedences.get(precedence);
      if (other !== undefined)
        errors[`${p}.${i}.matchingPrecedence`] =
          `Matching precedence ${precedence} is already used by ${m.attributes[other]!.target}; each matching attribute needs its own.`;
      precedences.set(precedence, i);
    }
  });
  if (m.enabled && !m.attributes.some((a) => a.matching))
    errors[`${p}`] = "At least one attribute must be used to match objects (Match objects using this attribute).";
}

function validateTargetList(kind: "user" | "group", m: TObjectMapping, errors: FieldErrors): void {
  const names: string[] = [];
  (m.targetAttributes ?? []).forEach((t, i) => {
    const error = targetAttributeNameError(t.name, names);
    if (error) errors[`${kind}.targetAttributes.${i}.name`] = error;
    names.push(t.name);
  });
}

function validateScope(kind: "user" | "group", m: TObjectMapping, errors: FieldErrors): void {
  m.scopingFilters.forEach((f, fi) =>
    f.clauses.forEach((c, ci) => {
      const key = `${kind}.scopingFilters.${fi}.clauses.${ci}.value`;
      const value = c.value ?? "";
      if (UNARY_SCOPE_OPERATORS.includes(c.operator)) return;
      if (value === "" && c.operator !== "EQUALS" && c.operator !== "NOT EQUALS")
        errors[key] = `${c.operator} needs a value.`;
      else if (NUMERIC.has(c.operator) && !/^-?\d+$/.test(value))
        errors[key] = `${c.operator} compares integers; enter a whole number.`;
      else if (REGEX.has(c.operator)) {
        try {
          new RegExp(value);
        } catch (error) {
          errors[key] = `Not a valid regular expression: ${(error as Error).message}`;
        }
      }
    }),
  );
}

/** One object mapping's field errors (the editor validates as the admin types). */
export function validateObjectMapping(kind: "user" | "group", m: TObjectMapping): FieldErrors {
  const errors: FieldErrors = {};
  validateTargetList(kind, m, errors);
  validateAttributes(kind, m, errors);
  validateScope(kind, m, errors);
  return errors;
}

export function validateDefinition(def: TMappingDefinition): FieldErrors {
  return { ...validateObjectMapping("user", def.user), ...validateObjectMapping("group", def.group) };
}
