import { safeNextPath } from "@/lib/auth/next-path";
import { auth as authText } from "@/lib/strings/auth";

// The codes the sign-in route hands back (?error=…) and what the form says for each.
// Unknown ids and wrong passwords get the same words on purpose.
const MESSAGES: Record<string, string> = {
  INVALID: authText.errors.invalid,
  CredentialsSignin: authText.errors.invalid,
  MISSING: authText.errors.invalid,
  THROTTLED: authText.errors.throttled,
  CSRF: authText.errors.csrf,
};

export function signInErrorMessage(code: string | null | undefined): string | undefined {
  if (!code) return undefined;
  return MESSAGES[code] ?? authText.errors.generic;
}

/** Where a failed no-JavaScript sign-in lands: our form, with the error and the `next` kept. */
export function loginErrorLocation(code: string, next: string | null | undefined): string {
  const params = new URLSearchParams({ error: code });
  const path = safeNextPath(next);
  if (path) params.set("next", path);
  return `/login?${params}`;
}
