// The client's address for throttling and the session list. Next.js fills X-Forwarded-For
// with the socket address only when the header is absent, and a reverse proxy appends the
// address it saw, so the last entry is the one a client can't choose when a proxy is in
// front. Without a proxy a client can forge it and dodge the per-IP limit (never the
// per-account one): deploy behind one.
type HeaderSource = Headers | Record<string, string | string[] | undefined>;

function read(headers: HeaderSource, name: string): string | undefined {
  if (headers instanceof Headers) return headers.get(name) ?? undefined;
  const value = headers[name];
  return Array.isArray(value) ? value.join(",") : value;
}

export function clientIp(headers: HeaderSource): string {
  const forwarded = read(headers, "x-forwarded-for");
  const last = forwarded?.split(",").map((s) => s.trim()).filter(Boolean).at(-1);
  const ip = last ?? read(headers, "x-real-ip")?.trim() ?? "";
  return (ip.startsWith("::ffff:") ? ip.slice(7) : ip).slice(0, 64) || "unknown";
}
