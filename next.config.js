/** @type {import('next').NextConfig} */
const nextConfig = {
  // Native and driver packages stay in node_modules rather than being bundled.
  serverExternalPackages: ["better-sqlite3", "pg", "@prisma/adapter-better-sqlite3", "@prisma/adapter-pg", "bcryptjs", "nodemailer"],
  poweredByHeader: false,
  experimental: { authInterrupts: true },
  // The app is type-checked without tests; `npm test` type-checks everything.
  typescript: { ignoreBuildErrors: false, tsconfigPath: "tsconfig.build.json" },
};

export default nextConfig;
