// Finds Chromium for Playwright (its own browser download cannot work offline); installs Debian's with apt as root.
import fs from "node:fs";
import { spawnSync } from "node:child_process";

const CANDIDATES = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"];

export function findChromium() {
  if (process.env.CHROMIUM_PATH && fs.existsSync(process.env.CHROMIUM_PATH)) return process.env.CHROMIUM_PATH;
  return CANDIDATES.find((p) => fs.existsSync(p));
}

export function ensureChromium() {
  const found = findChromium();
  if (found) return found;
  if (process.getuid?.() === 0 && fs.existsSync("/usr/bin/apt-get")) {
    console.log("Chromium is missing; installing Debian's chromium with apt-get…");
    const opts = { stdio: "inherit", env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" } };
    spawnSync("apt-get", ["update"], opts);
    const r = spawnSync("apt-get", ["install", "-y", "--no-install-recommends", "chromium", "fonts-liberation"], opts);
    const installed = findChromium();
    if (r.status === 0 && installed) return installed;
  }
  console.error(
    "Chromium was not found, and it could not be installed automatically.\n" +
      "Install Debian's Chromium (as root: apt-get update && apt-get install -y chromium),\n" +
      "or set CHROMIUM_PATH to a Chromium or Chrome executable. (npx playwright install does not work offline.)",
  );
  process.exit(1);
}
