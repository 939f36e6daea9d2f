import type { Metadata } from "next";
import { connection } from "next/server";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Org Center", template: "%s · Org Center" },
  description: "Organization Center: domains, directory, SCIM and provisioning.",
};

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  // Rendered per request: Next puts the request's CSP nonce on its scripts (a prerendered page could not carry one).
  await connection();
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
