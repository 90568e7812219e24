// `next`/callbackUrl after sign-in: only a same-origin path, never `//evil.example` or a
// scheme, so the login form can't be used as an open redirect.
export function safeNextPath(value: string | null | undefined): string | null {
  if (!value || value.length > 2000) return null;
  if (!value.startsWith("/") || value.startsWith("//") || value.startsWith("/\\")) return null;
  if (/[\u0000-\u001f\\]/.test(value)) return null;
  try {
    const url = new URL(value, "http://x.invalid");
    if (url.origin !== "http://x.invalid") return null;
    return url.pathname + url.search + url.hash;
  } catch {
    return null;
  }
}
