// The attribute-definition type of RFC 7643 §7 and small builders for writing schema tables tersely.
// API: AttrDef, attr(name, type, description, opts?), strings({ name: description }), complex(name, description, subs, opts?),
// plural(name, description, opts?).

export type AttrType = "string" | "boolean" | "decimal" | "integer" | "dateTime" | "binary" | "reference" | "complex";
export type Mutability = "readOnly" | "readWrite" | "immutable" | "writeOnly";
export type Returned = "always" | "never" | "default" | "request";
export type Uniqueness = "none" | "server" | "global";

export interface AttrDef {
  name: string;
  type: AttrType;
  multiValued: boolean;
  description: string;
  required: boolean;
  caseExact: boolean;
  mutability: Mutability;
  returned: Returned;
  uniqueness: Uniqueness;
  canonicalValues?: string[];
  referenceTypes?: string[];
  subAttributes?: AttrDef[];
}

export type AttrOptions = Partial<Omit<AttrDef, "name" | "type" | "description" | "subAttributes">>;

export function attr(name: string, type: AttrType, description: string, opts: AttrOptions = {}): AttrDef {
  return {
    name,
    type,
    multiValued: false,
    description,
    required: false,
    caseExact: false,
    mutability: "readWrite",
    returned: "default",
    uniqueness: "none",
    ...opts,
  };
}

/** Plain single-valued string attributes, in the order written: `{ givenName: "The given name…" }`. */
export function strings(descriptions: Record<string, string>): AttrDef[] {
  return Object.entries(descriptions).map(([name, description]) => attr(name, "string", description));
}

export function complex(name: string, description: string, subAttributes: AttrDef[], opts: AttrOptions = {}): AttrDef {
  return { ...attr(name, "complex", description, opts), subAttributes };
}

interface PluralOptions extends AttrOptions {
  valueType?: AttrType;
  valueDescription?: string;
  types?: string[];
  referenceTypes?: string[];
}

/** The common multi-valued shape (RFC 7643 §2.4): value, display, type, primary. */
export function plural(name: string, description: string, opts: PluralOptions = {}): AttrDef {
  const { valueType = "string", valueDescription, types, referenceTypes, ...rest } = opts;
  const value = attr("value", valueType, valueDescription ?? `The value of the ${name} entry.`, {
    ...(referenceTypes ? { referenceTypes } : {}),
    ...(rest.mutability ? { mutability: rest.mutability } : {}),
  });
  return complex(
    name,
    description,
    [
      value,
      attr("display", "string", "A human-readable name, primarily used for display purposes.", {
        mutability: rest.mutability ?? "readWrite",
      }),
      attr("type", "string", `A label indicating the ${name} entry's function.`, {
        ...(types ? { canonicalValues: types } : {}),
        mutability: rest.mutability ?? "readWrite",
      }),
      attr("primary", "boolean", `A Boolean value indicating the 'primary' or preferred ${name} entry.`, {
        mutability: rest.mutability ?? "readWrite",
      }),
    ],
    { multiValued: true, ...rest },
  );
}
