import type { Metadata } from "next";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Org Center", template: "%s · Org Center" },
  description: "Organization Center: domains, directory, SCIM and provisioning.",
};

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
