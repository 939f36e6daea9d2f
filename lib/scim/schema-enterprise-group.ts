// Attribute definitions of the enterprise User extension (RFC 7643 §4.3), the Group schema and the common attributes.
// API: ENTERPRISE_USER_ATTRIBUTES, GROUP_ATTRIBUTES, COMMON_ATTRIBUTES (id, externalId, meta, schemas; not in /Schemas).
import { attr, complex, type AttrDef } from "./schema-attribute";

export const ENTERPRISE_USER_ATTRIBUTES: AttrDef[] = [
  attr(
    "employeeNumber",
    "string",
    "Numeric or alphanumeric identifier assigned to a person, typically based on order of hire or association with an organization.",
  ),
  attr("costCenter", "string", "Identifies the name of a cost center."),
  attr("organization", "string", "Identifies the name of an organization."),
  attr("division", "string", "Identifies the name of a division."),
  attr("department", "string", "Identifies the name of a department."),
  complex(
    "manager",
    "The User's manager.  A complex type that optionally allows service providers to represent organizational hierarchy by referencing the 'id' attribute of another User.",
    [
      attr("value", "string", "The id of the SCIM resource representing the User's manager."),
      attr("$ref", "reference", "The URI of the SCIM resource representing the User's manager.", {
        referenceTypes: ["User"],
      }),
      attr("displayName", "string", "The displayName of the User's manager.", { mutability: "readOnly" }),
    ],
  ),
];

export const GROUP_ATTRIBUTES: AttrDef[] = [
  attr("displayName", "string", "A human-readable name for the Group. REQUIRED.", {
    required: true,
    uniqueness: "server",
  }),
  attr(
    "externalId",
    "string",
    "A String that is an identifier for the resource as defined by the provisioning client. Compared case-insensitively by this server.",
  ),
  // No members.$ref: the Entra SCIM validator rejects it (entra-scim.md E2 notes).
  complex(
    "members",
    "A list of members of the Group.",
    [
      attr("value", "string", "Identifier of the member of this Group.", { mutability: "immutable", caseExact: true }),
      attr("display", "string", "A human-readable name, primarily used for display purposes.", {
        mutability: "readOnly",
      }),
      attr("type", "string", "A label indicating the type of resource, e.g., 'User' or 'Group'.", {
        mutability: "immutable",
        canonicalValues: ["User"],
      }),
    ],
    { multiValued: true },
  ),
];

export const COMMON_ATTRIBUTES: AttrDef[] = [
  attr("id", "string", "A unique identifier for a SCIM resource as defined by the service provider.", {
    mutability: "readOnly",
    returned: "always",
    caseExact: true,
    uniqueness: "server",
  }),
  attr(
    "externalId",
    "string",
    "A String that is an identifier for the resource as defined by the provisioning client.",
  ),
  complex(
    "meta",
    "A complex attribute containing resource metadata.",
    [
      attr("resourceType", "string", "The name of the resource type of the resource.", {
        mutability: "readOnly",
        caseExact: true,
      }),
      attr("created", "dateTime", "The DateTime that the resource was added to the service provider.", {
        mutability: "readOnly",
      }),
      attr("lastModified", "dateTime", "The most recent DateTime that the details of this resource were updated.", {
        mutability: "readOnly",
      }),
      attr("location", "reference", "The URI of the resource being returned.", {
        mutability: "readOnly",
        caseExact: true,
      }),
      attr("version", "string", "The version of the resource being returned.", {
        mutability: "readOnly",
        caseExact: true,
      }),
    ],
    { mutability: "readOnly" },
  ),
  attr("schemas", "reference", "The schema URIs of the resource.", {
    multiValued: true,
    mutability: "readOnly",
    returned: "always",
    caseExact: true,
  }),
];
