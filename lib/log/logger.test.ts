import { describe, expect, it } from "vitest";
import { createLogger } from "./logger";
import { runWithRequestId } from "./request-context";
import { scrubSecrets } from "./scrub-secrets";

function capture(level = "info") {
  const lines: string[] = [];
  const logger = createLogger({ format: "json", level }, { write: (line: string) => void lines.push(line) });
  return {
    logger,
    records: () => lines.map((l) => JSON.parse(l) as Record<string, unknown>),
    text: () => lines.join(""),
  };
}

describe("logger", () => {
  it("writes one JSON object per line with level, time and message", () => {
    const { logger, records } = capture();
    logger.info({ component: "test" }, "hello");
    const [record] = records();
    expect(record).toMatchObject({ level: 30, msg: "hello", component: "test" });
    expect(typeof record!.time).toBe("string");
  });

  it("puts the current request id on every line of the request, and none outside it", async () => {
    const { logger, records } = capture();
    await runWithRequestId("req-123", async () => {
      logger.info("first");
      await new Promise((r) => setTimeout(r, 1));
      logger.child({ component: "scim" }).warn("second");
    });
    logger.info("after");
    expect(records().map((r) => r.requestId)).toEqual(["req-123", "req-123", undefined]);
  });

  it("never writes passwords, tokens or authorization headers", () => {
    const { logger, text } = capture();
    logger.info(
      { password: "hunter2-pass", token: "tok-abcdef", headers: { authorization: "Bearer sekrit-bearer" } },
      "signing in",
    );
    logger.info({ body: { clientSecret: "client-sec-1" } }, "client");
    logger.error(
      new Error("upstream said: Authorization: Bearer leaked-bearer-1 at smtp://mailer:mail-pass-9@mail.example.com"),
    );
    logger.warn({ err: new Error("GET /x?access_token=qs-token-7 failed") }, "request failed");
    logger.info('body {"refresh_token": "rt-secret-3"}');
    const out = text();
    for (const secret of [
      "hunter2-pass",
      "tok-abcdef",
      "sekrit-bearer",
      "client-sec-1",
      "leaked-bearer-1",
      "mail-pass-9",
      "qs-token-7",
      "rt-secret-3",
    ]) {
      expect(out).not.toContain(secret);
    }
    expect(out).toContain("[REDACTED]");
  });

  it("keeps the text around a scrubbed secret readable", () => {
    expect(scrubSecrets("sent Bearer abc.def to https://u:p@host/x?token=1&page=2")).toBe(
      "sent Bearer [REDACTED] to https://u:[REDACTED]@host/x?token=[REDACTED]&page=2",
    );
  });

  it("respects the level", () => {
    const { logger, records } = capture("warn");
    logger.info("quiet");
    logger.warn("loud");
    expect(records().map((r) => r.msg)).toEqual(["loud"]);
  });
});
