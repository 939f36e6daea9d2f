import { describe, expect, it } from "vitest";
import { readBodyText } from "./read-body";

function stream(chunks: Uint8Array[]): { stream: ReadableStream<Uint8Array>; pulled: () => number } {
  let i = 0;
  return {
    stream: new ReadableStream({
      pull(controller) {
        if (i < chunks.length) controller.enqueue(chunks[i++]!);
        else controller.close();
      },
    }),
    pulled: () => i,
  };
}

const bytes = (n: number) => new Uint8Array(n).fill(0x61);

describe("readBodyText", () => {
  it("returns the UTF-8 text of a body within the limit", async () => {
    const s = stream([new TextEncoder().encode('{"a":"é'), new TextEncoder().encode('"}')]);
    expect(await readBodyText(s.stream, null, 100)).toEqual({ text: '{"a":"é"}', tooLarge: false });
    expect(await readBodyText(null, null, 100)).toEqual({ text: undefined, tooLarge: false });
  });

  it("flags a body over the limit, by Content-Length or by counting, and keeps none of it", async () => {
    expect(await readBodyText(stream([bytes(10)]).stream, "101", 100)).toEqual({ text: undefined, tooLarge: true });
    expect(await readBodyText(stream([bytes(60), bytes(60)]).stream, null, 100)).toEqual({ text: undefined, tooLarge: true });
    expect(await readBodyText(stream([bytes(100)]).stream, null, 100)).toEqual({ text: "a".repeat(100), tooLarge: false });
  });

  it("stops reading an enormous upload instead of draining it forever", async () => {
    const s = stream(Array.from({ length: 100 }, () => bytes(1024 * 1024)));
    expect((await readBodyText(s.stream, null, 1024)).tooLarge).toBe(true);
    expect(s.pulled()).toBeLessThan(100);
  });
});
