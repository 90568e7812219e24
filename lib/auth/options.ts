import "server-only";
import type { AuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { clientIp } from "@/lib/auth/client-ip";
import { SESSION_COOKIE } from "@/lib/auth/cookie";
import { attemptLogin } from "@/lib/auth/login";
import { safeNextPath } from "@/lib/auth/next-path";
import { authSecret } from "@/lib/auth/secret";
import { revokeSession } from "@/lib/auth/session-store";
import { TOKEN_MAX_AGE_S } from "@/lib/auth/token";

declare module "next-auth" {
  interface User {
    sid?: string;
    persistent?: boolean;
  }
}

// next-auth runs the credentials flow (CSRF double-submit, the POST, the sealed JWT). What it
// can't do — a lifetime per sign-in, revocation — lives in our login_sessions row: authorize()
// opens the row, the JWT carries only its id, and the route wrapper reshapes the cookie
// (see app/api/auth/[...nextauth]/route.ts).

// Without NEXTAUTH_URL, next-auth would build redirects on http://localhost:3000. Trusting the
// request's host only shapes that request's own redirects, and works on any port or domain.
if (!process.env.NEXTAUTH_URL) process.env.AUTH_TRUST_HOST ??= "true";

export type SignInErrorCode = "INVALID" | "THROTTLED" | "MISSING" | "CSRF";

function field(credentials: Record<string, unknown> | undefined, name: string): string {
  const value = credentials?.[name];
  return typeof value === "string" ? value : "";
}

export function buildAuthOptions({ secure }: { secure: boolean }): AuthOptions {
  return {
    secret: authSecret(),
    session: { strategy: "jwt", maxAge: TOKEN_MAX_AGE_S },
    jwt: { maxAge: TOKEN_MAX_AGE_S },
    cookies: {
      sessionToken: { name: SESSION_COOKIE, options: { httpOnly: true, sameSite: "lax", path: "/", secure } },
    },
    pages: { signIn: "/login", error: "/login" },
    providers: [
      CredentialsProvider({
        id: "credentials",
        name: "아이디",
        credentials: {
          loginId: { label: "아이디", type: "text" },
          password: { label: "비밀번호", type: "password" },
          remember: { label: "로그인 유지", type: "checkbox" },
        },
        async authorize(credentials, req) {
          const headers = req.headers ?? {};
          const remember = field(credentials, "remember");
          const result = await attemptLogin({
            loginId: field(credentials, "loginId"),
            password: field(credentials, "password"),
            persistent: remember === "on" || remember === "true" || remember === "1",
            ip: clientIp(headers),
            userAgent: typeof headers["user-agent"] === "string" ? headers["user-agent"] : "",
          });
          // next-auth turns a thrown message into ?error=<message>; the login form maps it.
          if (!result.ok) throw new Error(result.code satisfies SignInErrorCode);
          return { id: String(result.userId), sid: result.sessionId, persistent: result.persistent };
        },
      }),
    ],
    callbacks: {
      // Only the session id (and the cookie-shaping hint) goes into the token: no name, no role.
      jwt({ token, user }) {
        if (user?.sid) return { sid: user.sid, p: user.persistent === true };
        return { sid: token.sid, p: token.p };
      },
      // /api/auth/session is not used by the app; keep it from echoing anything personal.
      session({ session }) {
        return { expires: session.expires };
      },
      redirect({ url, baseUrl }) {
        const path = safeNextPath(url);
        if (path) return path;
        try {
          const parsed = new URL(url);
          if (parsed.origin === new URL(baseUrl).origin) return safeNextPath(parsed.pathname + parsed.search) ?? "/editor";
        } catch {
          // fall through
        }
        return "/editor";
      },
    },
    events: {
      async signOut({ token }) {
        if (typeof token?.sid === "string") await revokeSession(token.sid);
      },
    },
  };
}
