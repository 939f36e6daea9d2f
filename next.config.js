import { PAGE_HEADERS } from "./lib/http/security-headers.js";

/** @type {import('next').NextConfig} */
const nextConfig = {
  // Native and driver packages stay in node_modules rather than being bundled.
  serverExternalPackages: [
    "better-sqlite3",
    "pg",
    "@prisma/adapter-better-sqlite3",
    "@prisma/adapter-pg",
    "bcryptjs",
    "nodemailer",
    "pino",
    "pino-pretty",
    "prom-client",
  ],
  poweredByHeader: false,
  // SCIM clients send /scim/v2/Users/; a redirect would make .NET clients drop the Authorization header.
  skipTrailingSlashRedirect: true,
  // NEXT_DIST_DIR lets several checkouts' test runs build side by side.
  distDir: process.env.NEXT_DIST_DIR ?? ".next",
  experimental: { authInterrupts: true },
  // The app is type-checked without tests; `npm test` type-checks everything.
  typescript: { ignoreBuildErrors: false, tsconfigPath: "tsconfig.build.json" },
  async headers() {
    return [{ source: "/:path*", headers: [...PAGE_HEADERS] }];
  },
};

export default nextConfig;
