// Attribute definitions of the core User schema as this server supports it (RFC 7643 §4.1; password omitted).
// API: USER_ATTRIBUTES (externalId is listed too so Entra's schema discovery offers it as a target).
import { attr, complex, plural, strings, type AttrDef } from "./schema-attribute";

const TYPES = ["work", "home", "other"];

export const USER_ATTRIBUTES: AttrDef[] = [
  attr(
    "userName",
    "string",
    "Unique identifier for the User, typically used by the user to directly authenticate to the service provider. Each User MUST include a non-empty userName value.  This identifier MUST be unique across the service provider's entire set of Users. REQUIRED.",
    { required: true, uniqueness: "server" },
  ),
  attr(
    "externalId",
    "string",
    "A String that is an identifier for the resource as defined by the provisioning client. Compared case-insensitively by this server.",
  ),
  complex(
    "name",
    "The components of the user's real name.",
    strings({
      formatted:
        "The full name, including all middle names, titles, and suffixes as appropriate, formatted for display.",
      familyName: "The family name of the User, or last name in most Western languages.",
      givenName: "The given name of the User, or first name in most Western languages.",
      middleName: "The middle name(s) of the User.",
      honorificPrefix: "The honorific prefix(es) of the User, or title in most Western languages.",
      honorificSuffix: "The honorific suffix(es) of the User, or suffix in most Western languages.",
    }),
  ),
  ...strings({
    displayName: "The name of the User, suitable for display to end-users.",
    nickName: "The casual way to address the user in real life.",
  }),
  attr("profileUrl", "reference", "A fully qualified URL pointing to a page representing the User's online profile.", {
    referenceTypes: ["external"],
  }),
  ...strings({
    title: 'The user\'s title, such as "Vice President."',
    userType: "Used to identify the relationship between the organization and the user.",
    preferredLanguage: "Indicates the User's preferred written or spoken language.",
    locale:
      "Used to indicate the User's default location for purposes of localizing items such as currency, date time format, or numerical representations.",
    timezone: "The User's time zone in the 'Olson' time zone database format, e.g., 'America/Los_Angeles'.",
  }),
  attr("active", "boolean", "A Boolean value indicating the User's administrative status."),
  plural("emails", "Email addresses for the user.", {
    valueDescription: "Email addresses for the user. Canonical type values of 'work', 'home', and 'other'.",
    types: TYPES,
  }),
  plural("phoneNumbers", "Phone numbers for the User.", { types: ["work", "home", "mobile", "fax", "pager", "other"] }),
  plural("ims", "Instant messaging addresses for the User.", {
    types: ["aim", "gtalk", "icq", "xmpp", "msn", "skype", "qq", "yahoo"],
  }),
  plural("photos", "URLs of photos of the User.", {
    valueType: "reference",
    referenceTypes: ["external"],
    types: ["photo", "thumbnail"],
  }),
  complex(
    "addresses",
    "A physical mailing address for this User.",
    [
      ...strings({
        formatted: "The full mailing address, formatted for display or use with a mailing label.",
        streetAddress:
          "The full street address component, which may include house number, street name, P.O. box, and multi-line extended street address information.",
        locality: "The city or locality component.",
        region: "The state or region component.",
        postalCode: "The zip code or postal code component.",
        country: "The country name component.",
      }),
      attr("type", "string", "A label indicating the attribute's function, e.g., 'work' or 'home'.", {
        canonicalValues: TYPES,
      }),
      attr("primary", "boolean", "A Boolean value indicating the 'primary' or preferred address."),
    ],
    { multiValued: true },
  ),
  complex(
    "groups",
    "A list of groups to which the user belongs, either through direct membership or through nested groups.",
    [
      attr("value", "string", "The identifier of the User's group.", { mutability: "readOnly" }),
      attr("$ref", "reference", "The URI of the corresponding 'Group' resource to which the user belongs.", {
        mutability: "readOnly",
        referenceTypes: ["Group"],
      }),
      attr("display", "string", "A human-readable name, primarily used for display purposes.", {
        mutability: "readOnly",
      }),
      attr("type", "string", "A label indicating the attribute's function, e.g., 'direct' or 'indirect'.", {
        mutability: "readOnly",
        canonicalValues: ["direct", "indirect"],
      }),
    ],
    { multiValued: true, mutability: "readOnly" },
  ),
  plural("entitlements", "A list of entitlements for the User that represent a thing the User has."),
  plural(
    "roles",
    "A list of roles for the User that collectively represent who the User is, e.g., 'Student', 'Faculty'.",
  ),
  plural("x509Certificates", "A list of certificates issued to the User.", { valueType: "binary" }),
];
