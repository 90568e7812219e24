import { createHash, randomBytes, timingSafeEqual } from "node:crypto";
import { authSecret } from "@/lib/auth/secret";

// next-auth v4's CSRF double-submit cookie is `token|sha256(token + secret)`
// (next-auth/core/lib/csrf-token.js). The proxy mints one when /login is opened without it,
// and the page puts the token into its form, so signing in works without JavaScript and
// without a detour through /api/auth/signin.
export function csrfCookieName(secure: boolean): string {
  return secure ? "__Host-next-auth.csrf-token" : "next-auth.csrf-token";
}

const CSRF_COOKIES = [csrfCookieName(true), csrfCookieName(false)];

function digest(token: string): string {
  return createHash("sha256").update(`${token}${authSecret()}`).digest("hex");
}

export function csrfTokenFromCookies(jar: { get(name: string): { value: string } | undefined }): string | null {
  for (const name of CSRF_COOKIES) {
    const value = jar.get(name)?.value;
    if (!value) continue;
    const [token, hash] = decodeURIComponent(value).split("|");
    if (!token || !hash) continue;
    const expected = digest(token);
    if (hash.length === expected.length && timingSafeEqual(Buffer.from(hash), Buffer.from(expected))) return token;
  }
  return null;
}

export function mintCsrfCookieValue(): string {
  const token = randomBytes(32).toString("hex");
  return `${token}|${digest(token)}`;
}
