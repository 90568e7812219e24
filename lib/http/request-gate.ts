import dc from "node:diagnostics_channel";
import type { IncomingMessage, ServerResponse } from "node:http";
import type { Socket } from "node:net";
import { CLIENT_IP_HEADER, CLIENT_PROTO_HEADER, parseTrustedProxies, resolveClientAddress, type TrustedProxies } from "@/lib/http/client-address";
import { ACTION_BODY_LIMIT, ANY_BODY_LIMIT } from "@/lib/http/limits";
import { isCrossSite } from "@/lib/http/origin";
import { env } from "@/lib/env";

// The first look at every request, before Next.js parses it: Node publishes each incoming
// request on the `http.server.request.start` diagnostics channel just before the server's
// request listener runs, so this sees the socket (which route handlers never do) and can still
// change what Next will read. It
//  - works out the client's address and scheme (lib/http/client-address.ts) into
//    CLIENT_IP_HEADER / CLIENT_PROTO_HEADER, and drops X-Forwarded-* claims a client sent
//    directly, so Next, next-auth and our code only ever see forwarding headers from our proxy;
//  - refuses what Next would answer with a 500 or read without bound: methods the Fetch API
//    cannot even represent (TRACE, …), paths with broken percent escapes or NUL, declared bodies
//    over the limit, page POSTs (server actions) without a length, over 2 MB, or from another
//    site. A refused request is re-pointed at /api/refused/{status}, an ordinary route that
//    answers a short 4xx — Next then handles it like any request, and its body is never read.
// Installed once per server process from instrumentation.ts.

export const REFUSED_PREFIX = "/api/refused";
export const REFUSED_REASON_HEADER = "x-ln-refused";
/** OPTIONS to a page or file: nothing outside /api answers it (see refusalOf). */
export const PAGE_OPTIONS_REASON = "page-options";
/** What pages and files answer to, for the Allow header of that refusal. */
export const PAGE_METHODS = "GET, HEAD, POST";

const ALLOWED_METHODS = new Set(["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"]);
const FORWARDING_HEADERS = ["x-forwarded-for", "x-forwarded-proto", "x-forwarded-host", "x-forwarded-port", "x-real-ip", "forwarded"];

export type Refusal = { status: 400 | 403 | 405 | 411 | 413; reason: string };

type GateRequest = { method?: string; url?: string; headers: Record<string, string | string[] | undefined> };

function header(headers: GateRequest["headers"], name: string): string | undefined {
  const value = headers[name];
  return Array.isArray(value) ? value.join(", ") : value;
}

/** Whether a path's percent escapes decode to text (Next decodes route params and 500s if not). */
function wellFormedPath(path: string): boolean {
  if (/%00/i.test(path)) return false;
  try {
    decodeURIComponent(path);
    return true;
  } catch {
    return false;
  }
}

/** Why `request` must not reach Next, or null. `viaProxy`: forwarding headers are ours. */
export function refusalOf(request: GateRequest, viaProxy: boolean): Refusal | null {
  const method = (request.method ?? "GET").toUpperCase();
  if (!ALLOWED_METHODS.has(method)) return { status: 405, reason: "method" };

  const url = request.url ?? "/";
  // Absolute-form request targets (`GET http://host/path`) carry the path after the authority.
  const target = /^[a-z][a-z0-9+.-]*:\/\//i.test(url) ? url.replace(/^[a-z][a-z0-9+.-]*:\/\/[^/?#]*/i, "") || "/" : url;
  const query = target.indexOf("?");
  const path = query >= 0 ? target.slice(0, query) : target;
  if (!wellFormedPath(path)) return { status: 400, reason: "url" };
  // Next answers OPTIONS to a cached route handler (/rss.xml, the sitemaps) through the cache,
  // whose keys have no method: the 204 it made broke the response and was stored for the GETs.
  if (method === "OPTIONS" && !path.startsWith("/api/")) return { status: 405, reason: PAGE_OPTIONS_REASON };

  const headers = request.headers;
  const declared = header(headers, "content-length");
  if (declared !== undefined && Number(declared) > ANY_BODY_LIMIT) return { status: 413, reason: "body" };

  // A page takes a body only as a server action (with JavaScript: the Next-Action header; without:
  // a multipart form post). Next enforces its own limit only by failing mid-read with a 500.
  const writes = method === "POST" || method === "PUT" || method === "PATCH" || method === "DELETE";
  const toPage = !path.startsWith("/api/");
  if (writes && toPage) {
    if (declared === undefined) return { status: 411, reason: "action-length" };
    if (Number(declared) > ACTION_BODY_LIMIT) return { status: 413, reason: "action-body" };
    const get = (name: string) => (name === "x-forwarded-host" && !viaProxy ? undefined : header(headers, name));
    if (isCrossSite(get)) return { status: 403, reason: "action-origin" };
  }
  return null;
}

type StartMessage = { request: IncomingMessage; response: ServerResponse; socket: Socket };

export function gateRequest(trusted: TrustedProxies, { request, response, socket }: StartMessage): void {
  const headers = request.headers;
  const client = resolveClientAddress(
    trusted,
    socket.remoteAddress,
    header(headers, "x-forwarded-for"),
    header(headers, "x-forwarded-proto"),
    Boolean((socket as Socket & { encrypted?: boolean }).encrypted),
  );
  if (!client.viaProxy) for (const name of FORWARDING_HEADERS) delete headers[name];
  headers[CLIENT_IP_HEADER] = client.ip;
  headers[CLIENT_PROTO_HEADER] = client.proto;
  delete headers[REFUSED_REASON_HEADER];

  // NUL is never part of a query value anyone means (and PostgreSQL refuses it in text): it
  // becomes U+FFFD, the character for what cannot be read, so `?page=%00` is a malformed page
  // number (→ page 1) rather than an empty one, and `?q=%00` a search for nothing.
  if (request.url && /\?.*%00/i.test(request.url)) request.url = request.url.replace(/%00/gi, "%EF%BF%BD");
  const refusal = refusalOf(request, client.viaProxy);
  if (!refusal) return;
  headers[REFUSED_REASON_HEADER] = refusal.reason;
  request.method = request.method === "HEAD" ? "HEAD" : "GET";
  request.url = `${REFUSED_PREFIX}/${refusal.status}`;
  // The refused body is never read into memory. Closing at once would make the kernel reset the
  // connection under a client still sending, and lose our answer; so, like nginx's lingering
  // close, what still arrives is discarded for a few seconds, then the connection is cut.
  if (refusal.status === 411 || refusal.status === 413) {
    response.once("finish", () => {
      if (request.complete) return;
      const cut = setTimeout(() => socket.destroy(), LINGER_MS);
      cut.unref();
      request.once("end", () => clearTimeout(cut));
      request.resume();
    });
  }
}

const LINGER_MS = 5_000;

let installed = false;

/** Subscribes the gate for this process (idempotent). Throws on a bad TRUSTED_PROXIES. */
export function installRequestGate(trustedProxies: string | undefined = env().TRUSTED_PROXIES): TrustedProxies {
  const trusted = parseTrustedProxies(trustedProxies);
  if (!installed) {
    installed = true;
    dc.subscribe("http.server.request.start", (message) => gateRequest(trusted, message as StartMessage));
  }
  return trusted;
}
