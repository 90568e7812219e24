// `next`/callbackUrl after sign-in: only a same-origin path, never `//evil.example` or a
// scheme, so the login form can't be used as an open redirect. The check runs on the path as
// returned (after URL normalization), not only on the raw input: `/.//evil.example` normalizes
// to `//evil.example`, which a browser reads as another host.
function isPlainPath(value: string): boolean {
  return value.startsWith("/") && !value.startsWith("//") && !value.startsWith("/\\") && !/[\u0000-\u001f\\]/.test(value);
}

export function safeNextPath(value: string | null | undefined): string | null {
  if (!value || value.length > 2000 || !isPlainPath(value)) return null;
  try {
    const url = new URL(value, "http://x.invalid");
    if (url.origin !== "http://x.invalid") return null;
    const path = url.pathname + url.search + url.hash;
    return isPlainPath(path) ? path : null;
  } catch {
    return null;
  }
}
