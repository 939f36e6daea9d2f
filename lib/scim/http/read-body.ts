// Reads a request body (a Node IncomingMessage or any async iterable of bytes) as UTF-8 text without ever holding
// more than the limit: past it the rest is drained and discarded (so the client still gets its 413) up to a hard
// cap, where reading stops and `abandoned` tells the caller to close the connection after answering.
// API: readBodyText(source, contentLength, limit) → { text, tooLarge, abandoned }.

/** Beyond this the upload is abandoned rather than drained. */
export const DRAIN_CAP_BYTES = 32 * 1024 * 1024;

export interface BodyText {
  text: string | undefined;
  tooLarge: boolean;
  /** Reading stopped before the end of the body: the connection cannot be reused. */
  abandoned: boolean;
}

export async function readBodyText(
  source: AsyncIterable<Uint8Array> | null,
  contentLength: string | null | undefined,
  limit: number,
): Promise<BodyText> {
  if (!source) return { text: undefined, tooLarge: false, abandoned: false };
  const declared = Number(contentLength ?? "0");
  let tooLarge = Number.isFinite(declared) && declared > limit;
  const chunks: Uint8Array[] = [];
  let size = 0;
  // Iterated by hand: leaving a for-await early would destroy a Node request, and its socket with it, before the 413.
  const iterator = source[Symbol.asyncIterator]();
  for (;;) {
    const { done, value } = await iterator.next();
    if (done) break;
    size += value.byteLength;
    if (size > limit) tooLarge = true;
    if (tooLarge) {
      chunks.length = 0;
      if (size > DRAIN_CAP_BYTES) return { text: undefined, tooLarge: true, abandoned: true };
      continue;
    }
    chunks.push(value);
  }
  if (tooLarge) return { text: undefined, tooLarge: true, abandoned: false };
  if (size === 0) return { text: undefined, tooLarge: false, abandoned: false };
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return { text: new TextDecoder().decode(bytes), tooLarge: false, abandoned: false };
}
