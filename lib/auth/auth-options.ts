// next-auth configuration: email + password (Credentials), JWT sessions, our own sign-in page.
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { authenticate } from "@/lib/accounts/authenticate";
import { isAppError } from "@/lib/errors/app-error";
import { authSecret } from "./auth-secret";

const SESSION_MAX_AGE_SECONDS = Number(process.env.SESSION_MAX_AGE_SECONDS ?? 8 * 60 * 60);

// Only a proxy we were told to trust (TRUST_PROXY=1) can name the client's address.
function clientIp(headers: Record<string, unknown> | undefined): string | undefined {
  if (process.env.TRUST_PROXY !== "1") return undefined;
  const forwarded = headers?.["x-forwarded-for"];
  return typeof forwarded === "string" && forwarded ? forwarded.split(",")[0]!.trim() : undefined;
}

export const authOptions: NextAuthOptions = {
  secret: authSecret(),
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
  pages: { signIn: "/sign-in" },
  providers: [
    CredentialsProvider({
      name: "Email and password",
      credentials: { email: { label: "Email", type: "email" }, password: { label: "Password", type: "password" } },
      async authorize(credentials, req) {
        if (!credentials?.email || !credentials.password) return null;
        try {
          return await authenticate(credentials.email, credentials.password, clientIp(req?.headers));
        } catch (error) {
          // next-auth passes the message to the client as `error`; only our own messages are shown.
          if (isAppError(error)) throw new Error(error.message);
          throw error;
        }
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user) token.sub = user.id;
      return token;
    },
    session({ session, token }) {
      if (session.user && token.sub) (session.user as { id?: string }).id = token.sub;
      return session;
    },
  },
};
