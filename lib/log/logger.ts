// The one structured logger (pino) of the server, the jobs and the CLI: JSON lines when the output is a pipe (production,
// log shippers), readable lines in a terminal; the current request's id on every line; secrets redacted.
// API: logger, childLogger(bindings), createLogger(options, destination?) (tests), LoggerOptions.
import pino, { type DestinationStream, type Logger } from "pino";
import pretty from "pino-pretty";
import { currentRequestId } from "./request-context";
import { scrubLogArgument } from "./scrub-secrets";

export type LoggerOptions = {
  /** json (one object per line) or pretty (readable); default: pretty on a terminal, json otherwise. */
  format?: "json" | "pretty";
  level?: string;
  /** File descriptor written to: 1 (stdout, the server and worker) or 2 (stderr, the CLI, whose stdout is its output). */
  fd?: 1 | 2;
};

/** Fields whose values never reach a log line, at the top level or one level down. */
const SECRET_KEYS = [
  "password",
  "secret",
  "token",
  "accessToken",
  "refreshToken",
  "clientSecret",
  "authorization",
  "cookie",
  "apiKey",
];
const REDACT_PATHS = [
  ...SECRET_KEYS,
  ...SECRET_KEYS.map((k) => `*.${k}`),
  "headers.authorization",
  "*.headers.authorization",
  "headers.cookie",
  "*.headers.cookie",
];

function optionsFromEnv(): LoggerOptions {
  const format =
    process.env.LOG_FORMAT === "json" || process.env.LOG_FORMAT === "pretty" ? process.env.LOG_FORMAT : undefined;
  const fd = process.env.ORG_CENTER_LOG_FD === "2" ? 2 : 1;
  return { format, level: process.env.LOG_LEVEL || "info", fd };
}

export function createLogger(options: LoggerOptions = {}, destination?: DestinationStream): Logger {
  const fd = options.fd ?? 1;
  const isTty = fd === 2 ? process.stderr.isTTY : process.stdout.isTTY;
  const format = options.format ?? (isTty ? "pretty" : "json");
  const stream =
    destination ??
    (format === "pretty"
      ? pretty({
          destination: fd,
          sync: true,
          colorize: Boolean(isTty),
          ignore: "pid,hostname",
          translateTime: "SYS:HH:MM:ss.l",
        })
      : pino.destination({ dest: fd, sync: true }));
  return pino(
    {
      level: options.level ?? "info",
      timestamp: pino.stdTimeFunctions.isoTime,
      redact: { paths: REDACT_PATHS, censor: "[REDACTED]" },
      mixin: () => {
        const requestId = currentRequestId();
        return requestId ? { requestId } : {};
      },
      hooks: {
        logMethod(args, method) {
          method.apply(this, args.map(scrubLogArgument) as Parameters<typeof method>);
        },
      },
    },
    stream,
  );
}

// On globalThis: the server's own modules (bin/server.js) and Next's bundle write through one logger (and one stream).
const holder = globalThis as typeof globalThis & { __orgCenterLogger?: Logger };

export const logger: Logger = (holder.__orgCenterLogger ??= createLogger(optionsFromEnv()));

/** A logger whose every line carries `bindings` (e.g. { component: "scim" }). */
export function childLogger(bindings: Record<string, unknown>): Logger {
  return logger.child(bindings);
}
