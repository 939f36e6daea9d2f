// Reads a request body stream as UTF-8 text without ever holding more than the limit: past it the rest is
// drained and discarded (so the client still gets its 413) up to a hard cap, then the stream is cancelled.
// API: readBodyText(stream, contentLength, limit) → { text, tooLarge }.

/** Beyond this the upload is abandoned rather than drained. */
const DRAIN_CAP_BYTES = 32 * 1024 * 1024;

export interface BodyText {
  text: string | undefined;
  tooLarge: boolean;
}

export async function readBodyText(stream: ReadableStream<Uint8Array> | null, contentLength: string | null, limit: number): Promise<BodyText> {
  if (!stream) return { text: undefined, tooLarge: false };
  const declared = Number(contentLength ?? "0");
  let tooLarge = Number.isFinite(declared) && declared > limit;
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = stream.getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > limit) tooLarge = true;
      if (tooLarge) {
        chunks.length = 0;
        if (size > DRAIN_CAP_BYTES) {
          await reader.cancel();
          break;
        }
        continue;
      }
      chunks.push(value);
    }
  } finally {
    reader.releaseLock();
  }
  if (tooLarge) return { text: undefined, tooLarge: true };
  if (size === 0) return { text: undefined, tooLarge: false };
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return { text: new TextDecoder().decode(bytes), tooLarge: false };
}
