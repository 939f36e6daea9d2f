/** @type {import('next').NextConfig} */
const nextConfig = {
  // Native and driver packages stay in node_modules rather than being bundled.
  serverExternalPackages: ["better-sqlite3", "pg", "@prisma/adapter-better-sqlite3", "@prisma/adapter-pg", "bcryptjs", "nodemailer"],
  poweredByHeader: false,
  experimental: { authInterrupts: true },
  typescript: { ignoreBuildErrors: false },
};

export default nextConfig;
