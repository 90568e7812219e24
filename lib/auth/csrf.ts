import "server-only";
import { createHash, timingSafeEqual } from "node:crypto";
import { authSecret } from "@/lib/auth/secret";

// next-auth v4's CSRF double-submit cookie is `token|sha256(token + secret)`. The /login
// page reads it to put the token into its form, so the form also works without JavaScript.
const CSRF_COOKIES = ["__Host-next-auth.csrf-token", "next-auth.csrf-token"];

export function csrfTokenFromCookies(jar: { get(name: string): { value: string } | undefined }): string | null {
  for (const name of CSRF_COOKIES) {
    const value = jar.get(name)?.value;
    if (!value) continue;
    const [token, hash] = decodeURIComponent(value).split("|");
    if (!token || !hash) continue;
    const expected = createHash("sha256").update(`${token}${authSecret()}`).digest("hex");
    if (hash.length === expected.length && timingSafeEqual(Buffer.from(hash), Buffer.from(expected))) return token;
  }
  return null;
}
