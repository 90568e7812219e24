import { CLIENT_IP_HEADER, CLIENT_PROTO_HEADER } from "@/lib/http/client-address";
import { env } from "@/lib/env";

// The client's address for throttling and the session list, and whether it reached us over
// https, as the request gate (lib/http/request-gate.ts) worked them out from the socket and
// the headers of trusted proxies (TRUSTED_PROXIES). Forwarding headers themselves are never
// read here: from anyone but our own proxy they are the client's own claims.
type HeaderSource = Headers | Record<string, string | string[] | undefined>;

function read(headers: HeaderSource, name: string): string | undefined {
  if (headers instanceof Headers) return headers.get(name) ?? undefined;
  const value = headers[name];
  return Array.isArray(value) ? value[0] : value;
}

export function clientIp(headers: HeaderSource): string {
  return (read(headers, CLIENT_IP_HEADER) ?? "").trim().slice(0, 64) || "unknown";
}

/** https as the browser sees it: the public address says so, or the gate saw TLS / a trusted proxy's word. */
export function isSecureRequest(headers: HeaderSource, publicUrl: string | undefined = env().NEXTAUTH_URL || env().SITE_URL): boolean {
  if (publicUrl?.startsWith("https:")) return true;
  return read(headers, CLIENT_PROTO_HEADER) === "https";
}
