// A JSON answer written in pieces rather than built as one string: a resource with a very long multi-valued
// attribute (a 50,000-member group) goes out in bounded memory. API: JsonStream, jsonStream(chunks), isJsonStream(v).

export interface JsonStream {
  readonly kind: "json-stream";
  /** The JSON text, in order; a fresh iteration reads again from the start. */
  chunks(): AsyncIterable<string>;
}

export function jsonStream(chunks: () => AsyncIterable<string>): JsonStream {
  return { kind: "json-stream", chunks };
}

export function isJsonStream(value: unknown): value is JsonStream {
  return typeof value === "object" && value !== null && (value as { kind?: unknown }).kind === "json-stream";
}
