// The consent screen wears the sign-in pages' look.
import AuthLayout from "@/app/(auth)/layout";

export default function AuthorizeLayout({ children }: { children: React.ReactNode }) {
  return <AuthLayout>{children}</AuthLayout>;
}
