#!/usr/bin/env node
// `npm test`: type check, lint (ESLint, the layer rules, Prettier), unit tests, a production build, integration
// tests against a started server, Playwright in Chromium. `npm test -- lint unit` runs only the stages named.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { buildIfNeeded } from "./lib/build-if-needed.js";
import { ensureChromium } from "./lib/ensure-chromium.js";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const reports = fs.mkdtempSync(path.join(os.tmpdir(), "org-center-test-"));
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };
const only = process.argv.slice(2); // e.g. `npm test -- typecheck unit e2e`
const wants = (stage) => only.length === 0 || only.includes(stage);

function run(label, args, extraEnv = {}) {
  console.log(`\n=== ${label} ===`);
  const result = spawnSync(process.execPath, args, { cwd: root, stdio: "inherit", env: { ...env, ...extraEnv } });
  return result.status === 0;
}

function vitestCounts(file) {
  try {
    const r = JSON.parse(fs.readFileSync(file, "utf8"));
    return {
      passed: r.numPassedTests ?? 0,
      failed: (r.numFailedTests ?? 0) + (r.numRuntimeErrorTestSuites ?? 0),
      skipped: (r.numPendingTests ?? 0) + (r.numTodoTests ?? 0),
    };
  } catch {
    return { passed: 0, failed: 1, skipped: 0 };
  }
}

function playwrightCounts(file) {
  try {
    const s = JSON.parse(fs.readFileSync(file, "utf8")).stats;
    return { passed: (s.expected ?? 0) + (s.flaky ?? 0), failed: s.unexpected ?? 0, skipped: s.skipped ?? 0 };
  } catch {
    return { passed: 0, failed: 1, skipped: 0 };
  }
}

const vitest = path.join(root, "node_modules/vitest/vitest.mjs");
const totals = { passed: 0, failed: 0, skipped: 0 };
const add = (c) => {
  totals.passed += c.passed;
  totals.failed += c.failed;
  totals.skipped += c.skipped;
};
let ok = true;

if (wants("typecheck")) {
  ok =
    run("Type check (tsc, app and tests)", [
      path.join(root, "node_modules/typescript/bin/tsc"),
      "--noEmit",
      "-p",
      "tsconfig.json",
    ]) && ok;
  if (!ok) totals.failed += 1;
}
if (wants("lint")) {
  const lint = [
    run("Lint (ESLint: Next, typescript-eslint, the layer rules)", [
      path.join(root, "node_modules/eslint/bin/eslint.js"),
      "--max-warnings=0",
      ".",
    ]),
    run("Dependencies (no cycle between folders)", [path.join(root, "tools/lint/check-dependencies.mjs")]),
    run("Format (Prettier)", [
      path.join(root, "node_modules/prettier/bin/prettier.cjs"),
      "--check",
      "--log-level=warn",
      ".",
    ]),
  ];
  if (lint.includes(false)) {
    ok = false;
    totals.failed += lint.filter((passed) => !passed).length;
  }
}
if (wants("unit")) {
  const out = path.join(reports, "unit.json");
  ok =
    run("Unit tests (vitest)", [
      vitest,
      "run",
      "--project",
      "unit",
      "--reporter=default",
      "--reporter=json",
      `--outputFile.json=${out}`,
    ]) && ok;
  add(vitestCounts(out));
}
if (wants("integration") || wants("e2e")) buildIfNeeded(root);
if (wants("integration")) {
  const out = path.join(reports, "integration.json");
  ok =
    run("Integration tests (vitest, real server and database)", [
      vitest,
      "run",
      "--project",
      "integration",
      "--reporter=default",
      "--reporter=json",
      `--outputFile.json=${out}`,
    ]) && ok;
  add(vitestCounts(out));
}
if (wants("e2e")) {
  const chromium = ensureChromium();
  const out = path.join(reports, "e2e.json");
  ok =
    run("End-to-end tests (Playwright, Chromium)", [path.join(root, "node_modules/@playwright/test/cli.js"), "test"], {
      CHROMIUM_PATH: chromium,
      PLAYWRIGHT_JSON_OUTPUT_NAME: out,
    }) && ok;
  add(playwrightCounts(out));
}

console.log(
  `\nTests: ${totals.passed} passed, ${totals.failed} failed${totals.skipped ? `, ${totals.skipped} skipped` : ""}`,
);
process.exit(ok && totals.failed === 0 ? 0 : 1);
