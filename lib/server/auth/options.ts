// next-auth configuration: staff sign in with email and password; the session
// is a signed JWT cookie that names the user, and every check re-reads the user.
import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { z } from "zod";
import { loggedError } from "@/lib/security/log-hygiene";
import { recordAudit } from "@/lib/server/audit";
import { logger } from "@/lib/server/log";
import { loadSessionUser } from "./session-user";
import { signInWithPassword } from "./sign-in";

const credentials = z.object({
  email: z.string().trim().email().max(200),
  password: z.string().min(1).max(200),
});

/** A shift and some: staff sign in again each working day. */
const SESSION_SECONDS = 12 * 60 * 60;

class SessionRevoked extends Error {
  constructor() {
    super("session no longer valid");
  }
}

export const authOptions: NextAuthOptions = {
  session: { strategy: "jwt", maxAge: SESSION_SECONDS },
  pages: { signIn: "/login", error: "/login" },
  providers: [
    CredentialsProvider({
      name: "password",
      credentials: { email: { type: "email" }, password: { type: "password" } },
      async authorize(input, req) {
        const parsed = credentials.safeParse(input);
        if (!parsed.success) return null;
        return signInWithPassword({ ...parsed.data, address: clientAddress(req.headers ?? {}) });
      },
    }),
  ],
  // next-auth's own messages go to the structured log, without their
  // metadata's text. A revoked session is expected, not an error.
  logger: {
    error(code, metadata) {
      const error = metadata instanceof Error ? metadata : metadata.error;
      if (error instanceof SessionRevoked) logger.info({ event: "auth.session_revoked" }, "session ended: user deactivated or signed out everywhere");
      else logger.error({ code, err: loggedError(error) }, "next-auth error");
    },
    warn: (code) => logger.warn({ code }, "next-auth warning"),
    debug: () => {},
  },
  events: {
    async signOut({ token }) {
      if (token?.sub) await recordAudit({ actorId: token.sub, action: "auth.sign_out", objectType: "User", objectId: token.sub });
    },
  },
  callbacks: {
    async jwt({ token, user }) {
      if (user) token.sessionVersion = user.sessionVersion;
      const current = token.sub ? await loadSessionUser(token.sub, token.sessionVersion ?? -1) : null;
      // Throwing makes next-auth drop the cookie: a deactivated user or a
      // revoked session is signed out on the next request.
      if (!current) throw new SessionRevoked();
      token.name = current.name;
      token.email = current.email;
      token.roles = current.roles;
      return token;
    },
    session({ session, token }) {
      session.user = { id: token.sub!, name: token.name ?? "", email: token.email ?? "", roles: token.roles ?? [] };
      return session;
    },
  },
};

/**
 * The client's address for per-address limits. The last X-Forwarded-For entry
 * is the one the nearest proxy (or Next's own server) added; earlier entries
 * come from the client and could be forged.
 */
function clientAddress(headers: Record<string, unknown>): string {
  const forwarded = headers["x-forwarded-for"];
  const last = typeof forwarded === "string" ? forwarded.split(",").at(-1)?.trim() : undefined;
  const real = headers["x-real-ip"];
  return last || (typeof real === "string" ? real : "") || "unknown";
}
