import { safeNextPath } from "@/lib/auth/next-path";
import { auth as t } from "@/lib/strings/auth";

// The codes the sign-in route hands back (?error=…) and what the form says for each.
// Unknown ids and wrong passwords get the same words on purpose.
const MESSAGES: Record<string, string> = {
  INVALID: t.errors.invalid,
  CredentialsSignin: t.errors.invalid,
  MISSING: t.errors.invalid,
  THROTTLED: t.errors.throttled,
  CSRF: t.errors.csrf,
};

export function signInErrorMessage(code: string | null | undefined): string | undefined {
  if (!code) return undefined;
  return MESSAGES[code] ?? t.errors.generic;
}

/** Where a failed no-JavaScript sign-in lands: our form, with the error and the `next` kept. */
export function loginErrorLocation(code: string, next: string | null | undefined): string {
  const params = new URLSearchParams({ error: code });
  const path = safeNextPath(next);
  if (path) params.set("next", path);
  return `/login?${params}`;
}
