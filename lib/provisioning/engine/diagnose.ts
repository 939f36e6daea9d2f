// Troubleshooting & Recommendations (PRODUCT.md §7): an error becomes an Entra-style error code, the reason in
// plain words and what to do. Fatal ones mean the target as a whole is unusable: the job is quarantined.
import { ScimCallError } from "../scim-client/scim-target";
import type { FailingRequest } from "./types";
import { logger } from "@/lib/log/logger";

export type Diagnosis = {
  code: string;
  reason: string;
  recommendation: string;
  fatal: boolean;
  request?: FailingRequest;
};

/** Errors the engine raises itself (not from the wire). */
export class EngineError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly recommendation: string,
    readonly fatal = false,
  ) {
    super(message);
    this.name = "EngineError";
  }
}

const P = "SystemForCrossDomainIdentityManagement";

function httpDiagnosis(e: ScimCallError): Omit<Diagnosis, "request"> {
  const s = e.status ?? 0;
  if (s === 401)
    return {
      code: `${P}Unauthorized`,
      fatal: true,
      reason: e.message,
      recommendation:
        "The target refused the credentials. Authorize again (LogMeIn) or enter a valid Secret Token, then use Test Connection.",
    };
  if (s === 403)
    return {
      code: `${P}Forbidden`,
      fatal: true,
      reason: e.message,
      recommendation:
        "The target accepted the credentials but refused the request. Check that the account or token may provision, and that the target accepts provisioning.",
    };
  if (s === 400 && /verified domain/i.test(e.message)) {
    return {
      code: `${P}BadRequest`,
      fatal: false,
      reason: e.message,
      recommendation:
        "Verify the user's domain in the target organization, or keep users of other domains out of scope (assignment or scoping filter).",
    };
  }
  if (s === 400)
    return {
      code: `${P}BadRequest`,
      fatal: false,
      reason: e.message,
      recommendation:
        "The target refused the values sent. Check the source values and the attribute mappings against what the target accepts.",
    };
  if (s === 404)
    return {
      code: `${P}NotFound`,
      fatal: false,
      reason: e.message,
      recommendation:
        "The object was removed from the target outside provisioning. The next cycle matches it again or creates it.",
    };
  if (s === 409)
    return {
      code: `${P}Conflict`,
      fatal: false,
      reason: e.message,
      recommendation:
        "An object with the same unique value already exists in the target but did not match. Check the matching attributes, or fix the conflicting value in the source or the target.",
    };
  if (s === 429)
    return {
      code: `${P}Throttled`,
      fatal: false,
      reason: e.message,
      recommendation:
        "The target kept answering 429 Too Many Requests after the waits it asked for. The object is retried in the next cycle; ask the target's owner for a higher rate limit.",
    };
  if (s >= 500)
    return {
      code: `${P}ServiceUnavailable`,
      fatal: false,
      reason: e.message,
      recommendation:
        "The target failed with a server error after several retries with backoff. The object is retried in the next cycle; if it persists, contact the target's owner.",
    };
  return {
    code: `${P}UnexpectedResponse`,
    fatal: false,
    reason: e.message,
    recommendation: "The target answered with a status the provisioning service does not expect for this request.",
  };
}

export function diagnose(error: unknown): Diagnosis {
  if (error instanceof ScimCallError) {
    const request: FailingRequest = {
      method: error.method,
      path: error.path,
      status: error.status,
      body: error.responseBody,
      ...(error.status === null ? { error: error.message } : {}),
    };
    if (error.kind === "http") return { ...httpDiagnosis(error), request };
    if (error.kind === "timeout")
      return {
        code: `${P}Timeout`,
        fatal: false,
        reason: error.message,
        recommendation:
          "The target did not answer in time, even after retries. The object is retried in the next cycle.",
        request,
      };
    if (error.kind === "network")
      return {
        code: `${P}ConnectionFailure`,
        fatal: true,
        reason: error.message,
        recommendation:
          "The Tenant URL could not be reached. Check the URL and that the target is up, then use Test Connection.",
        request,
      };
    if (error.kind === "blocked")
      return {
        code: "ProvisioningTargetAddressNotAllowed",
        fatal: true,
        reason: error.message,
        recommendation:
          "Use a Tenant URL on a public address, or have the operator set PROVISIONING_ALLOW_PRIVATE_TARGETS=1.",
        request,
      };
    return {
      code: `${P}ServiceIncompatible`,
      fatal: true,
      reason: error.message,
      recommendation:
        "The target did not answer like a SCIM 2.0 service (application/scim+json resources and ListResponses). Check the Tenant URL (it must point at the SCIM base, e.g. …/scim/v2).",
      request,
    };
  }
  if (error instanceof EngineError)
    return { code: error.code, fatal: error.fatal, reason: error.message, recommendation: error.recommendation };
  logger.error({ err: error, component: "provisioning" }, "Provisioning: unexpected error");
  return {
    code: "ProvisioningInternalError",
    fatal: false,
    reason: `Unexpected error: ${(error as Error)?.message ?? String(error)}`,
    recommendation: "Retry; if it keeps failing, check the server log.",
  };
}
