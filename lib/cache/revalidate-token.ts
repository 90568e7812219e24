import { createHmac, timingSafeEqual } from "node:crypto";

// Lets a command-line job (an import) refresh the running site's caches: it proves it can read
// the site's secret by sending an HMAC of a fixed label, never the secret itself.
const LABEL = "localnews:revalidate:v1";

export function revalidateToken(secret: string): string {
  return createHmac("sha256", secret).update(LABEL).digest("base64url");
}

export function isRevalidateToken(secret: string, candidate: string | null): boolean {
  if (!candidate) return false;
  const expected = Buffer.from(revalidateToken(secret));
  const given = Buffer.from(candidate);
  return given.length === expected.length && timingSafeEqual(given, expected);
}
