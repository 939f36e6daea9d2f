// ScimError is the one error type of the SCIM core; toScimErrorBody() renders it as an RFC 7644 §3.12 body.
// API: new ScimError(status, scimType | undefined, detail), isScimError(e), toScimErrorBody(err).
import { ERROR_SCHEMA } from "./urns";

export type ScimType =
  | "invalidFilter"
  | "tooMany"
  | "uniqueness"
  | "mutability"
  | "invalidSyntax"
  | "invalidPath"
  | "noTarget"
  | "invalidValue"
  | "invalidVers"
  | "sensitive";

export interface ScimErrorBody {
  schemas: [typeof ERROR_SCHEMA];
  status: string;
  scimType?: ScimType;
  detail: string;
}

export class ScimError extends Error {
  readonly status: number;
  readonly scimType: ScimType | undefined;
  readonly detail: string;

  constructor(status: number, scimType: ScimType | undefined, detail: string) {
    super(detail);
    this.name = "ScimError";
    this.status = status;
    this.scimType = scimType;
    this.detail = detail;
  }
}

export function isScimError(error: unknown): error is ScimError {
  return error instanceof ScimError;
}

/** The wire body; `status` is a string as in the RFC and Microsoft examples, `scimType` only when set. */
export function toScimErrorBody(error: ScimError): ScimErrorBody {
  const body: ScimErrorBody = { schemas: [ERROR_SCHEMA], status: String(error.status), detail: error.detail };
  if (error.scimType) body.scimType = error.scimType;
  return body;
}
