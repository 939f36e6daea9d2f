// Reads a POST/PUT/PATCH body: size limit (413), media type (415), JSON syntax (400 invalidSyntax), and shape
// limits that keep later recursive code safe (nesting depth, NUL characters the databases cannot store).
// API: parseJsonBody(request) → unknown.
import { ScimError } from "../errors";
import { MAX_BODY_BYTES, type ScimHttpRequest } from "./types";

const MAX_DEPTH = 32;
const ACCEPTED = new Set(["application/scim+json", "application/json"]);

function checkMediaType(contentType: string | null | undefined): void {
  if (!contentType) return;
  const media = contentType.split(";")[0]!.trim().toLowerCase();
  if (media === "" || ACCEPTED.has(media) || media.endsWith("+json")) return;
  throw new ScimError(
    415,
    undefined,
    `Content-Type "${media}" is not supported; send application/scim+json or application/json`,
  );
}

/** Walks the parsed value without recursion: nesting deeper than MAX_DEPTH or a NUL character is 400. */
function checkShape(root: unknown): void {
  const stack: [unknown, number][] = [[root, 0]];
  while (stack.length > 0) {
    const [value, depth] = stack.pop()!;
    if (typeof value === "string") {
      if (value.includes("\u0000"))
        throw new ScimError(400, "invalidValue", "Strings must not contain NUL (\\u0000) characters");
      continue;
    }
    if (typeof value !== "object" || value === null) continue;
    if (depth >= MAX_DEPTH)
      throw new ScimError(400, "invalidSyntax", `The request body is nested deeper than ${MAX_DEPTH} levels`);
    const children = Array.isArray(value) ? value : [...Object.keys(value), ...Object.values(value)];
    for (const child of children) stack.push([child, depth + 1]);
  }
}

export function parseJsonBody(request: ScimHttpRequest): unknown {
  if (request.bodyTooLarge || (request.body && Buffer.byteLength(request.body, "utf8") > MAX_BODY_BYTES)) {
    throw new ScimError(413, undefined, `The request body is larger than the limit of ${MAX_BODY_BYTES} bytes (1 MiB)`);
  }
  checkMediaType(request.headers.contentType);
  const text = request.body ?? "";
  if (!text.trim()) throw new ScimError(400, "invalidSyntax", "The request body is empty; a JSON object is expected");
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new ScimError(400, "invalidSyntax", `The request body is not valid JSON: ${(error as Error).message}`);
  }
  checkShape(value);
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    throw new ScimError(400, "invalidSyntax", "The request body must be a JSON object");
  }
  return value;
}
