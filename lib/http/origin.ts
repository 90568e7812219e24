// Whether a state-changing request comes from one of our own pages. Browsers say so twice:
// Fetch Metadata (`Sec-Fetch-Site`) and `Origin`; either one naming another site is enough to
// refuse. Requests carrying neither (scripts, very old browsers) pass: they cannot carry a
// victim's SameSite=Lax session cookie across sites anyway.

type HeaderGetter = (name: string) => string | undefined;

function hostOf(origin: string): string | null {
  try {
    return new URL(origin).host.toLowerCase();
  } catch {
    return null;
  }
}

/** True when the request says it comes from another site than the Host it was sent to. */
export function isCrossSite(get: HeaderGetter): boolean {
  const site = get("sec-fetch-site");
  if (site === "cross-site" || site === "same-site") return true;
  const origin = get("origin");
  if (origin === undefined) return false;
  // After the request gate, X-Forwarded-Host is present only when our own proxy set it.
  const host = (get("x-forwarded-host") ?? get("host") ?? "").split(",")[0]!.trim().toLowerCase();
  return hostOf(origin) !== host;
}

export function headerGetter(headers: Headers): HeaderGetter {
  return (name) => headers.get(name) ?? undefined;
}
