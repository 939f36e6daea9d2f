import { Readable } from "node:stream";
import { describe, expect, it } from "vitest";
import { readBodyText } from "./read-body";

function source(chunks: Uint8Array[]): { source: AsyncIterable<Uint8Array>; pulled: () => number } {
  let i = 0;
  async function* generate() {
    while (i < chunks.length) yield chunks[i++]!;
  }
  return { source: generate(), pulled: () => i };
}

const bytes = (n: number) => new Uint8Array(n).fill(0x61);

describe("readBodyText", () => {
  it("returns the UTF-8 text of a body within the limit, even when a character is split across chunks", async () => {
    const e = new TextEncoder().encode('{"a":"é"}');
    const s = source([e.subarray(0, 7), e.subarray(7)]);
    expect(await readBodyText(s.source, null, 100)).toEqual({ text: '{"a":"é"}', tooLarge: false, abandoned: false });
    expect(await readBodyText(null, null, 100)).toEqual({ text: undefined, tooLarge: false, abandoned: false });
    expect(await readBodyText(source([]).source, "0", 100)).toEqual({
      text: undefined,
      tooLarge: false,
      abandoned: false,
    });
  });

  it("reads a Node stream such as an IncomingMessage", async () => {
    const stream = Readable.from([Buffer.from('{"userName":'), Buffer.from('"ada"}')]);
    expect(await readBodyText(stream, "18", 100)).toEqual({
      text: '{"userName":"ada"}',
      tooLarge: false,
      abandoned: false,
    });
  });

  it("flags a body over the limit, by Content-Length or by counting, and keeps none of it", async () => {
    expect(await readBodyText(source([bytes(10)]).source, "101", 100)).toEqual({
      text: undefined,
      tooLarge: true,
      abandoned: false,
    });
    expect(await readBodyText(source([bytes(60), bytes(60)]).source, null, 100)).toEqual({
      text: undefined,
      tooLarge: true,
      abandoned: false,
    });
    expect(await readBodyText(source([bytes(100)]).source, null, 100)).toEqual({
      text: "a".repeat(100),
      tooLarge: false,
      abandoned: false,
    });
  });

  it("stops reading an enormous upload instead of draining it forever, and says so", async () => {
    const s = source(Array.from({ length: 100 }, () => bytes(1024 * 1024)));
    expect(await readBodyText(s.source, null, 1024)).toEqual({ text: undefined, tooLarge: true, abandoned: true });
    expect(s.pulled()).toBeLessThan(100);
  });

  it("passes on a stream error (a client that breaks off mid-body)", async () => {
    const stream = new Readable({ read() {} });
    stream.push(Buffer.from("{"));
    setImmediate(() => stream.destroy(new Error("aborted")));
    await expect(readBodyText(stream, "100", 1000)).rejects.toThrow("aborted");
  });
});
