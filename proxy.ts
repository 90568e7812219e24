import { randomBytes } from "node:crypto";
import { NextResponse, type NextRequest } from "next/server";
import { guardEditorArea, prepareLoginPage } from "@/lib/auth/proxy-guard";
import { isWellFormedJsonCall, isWellFormedMultipartCall } from "@/lib/http/action-shape";
import { refusedResponse } from "@/lib/http/body";
import { EDITOR_FRAME_HEADERS, editorCsp } from "@/lib/http/security-headers";
import { INTERNAL_PREFIX, internalRouteFor } from "@/lib/routing/internal-paths";
import { resolveStoredRedirect } from "@/lib/routing/stored-redirects";
import { NOT_FOUND_REWRITE } from "@/lib/routing/unknown-paths";

// The proxy runs only where it must, because every request it sees costs about as much as
// serving a cached page (measured: a reader page served through it answered 40 % fewer
// requests a second). Reader pages never pass through it: they are served from the shared
// cache and answer unknown ids themselves. It handles: server actions and form posts (checked
// before Next decodes them); the editor area (an early sign-in redirect; every editor page and
// action checks again) and the login page, with their per-response nonce policy
// (lib/http/security-headers.ts); searches for terms a rewrite cannot carry (the term moves
// into the cached page's path); malformed page numbers (→ page 1); direct requests for
// internal paths (404); and the addresses of an imported XE/Rhymix site
// (lib/routing/legacy-urls.ts).
export async function proxy(request: NextRequest): Promise<NextResponse | Response> {
  const { pathname } = request.nextUrl;
  // A POST to a page is a server action: with JavaScript (the Next-Action header), its arguments
  // as JSON or multipart; without, a multipart form. Next decodes them before any of our code runs
  // and answers a 500 when it cannot: a copy is checked here first (the request gate has already
  // bounded its size), and what Next could not decode is a 400.
  if (request.method === "POST" && !pathname.startsWith("/api/") && (isMultipart(request) || request.headers.has("next-action"))) {
    if (!(await wellFormedAction(request))) return refusedResponse(400);
  }
  const editorArea = pathname === "/editor" || pathname.startsWith("/editor/");
  if (editorArea || pathname === "/login") {
    const csp = editorCsp(randomBytes(16).toString("base64"));
    const response = editorArea ? await guardEditorArea(request, csp) : prepareLoginPage(request, csp);
    response.headers.set("Content-Security-Policy", csp);
    for (const { key, value } of EDITOR_FRAME_HEADERS) response.headers.set(key, value);
    return response;
  }
  // Internal paths are only reachable through a rewrite, never by their own URL.
  if (pathname === INTERNAL_PREFIX || pathname.startsWith(`${INTERNAL_PREFIX}/`)) {
    return NextResponse.rewrite(new URL(NOT_FOUND_REWRITE, request.nextUrl.origin));
  }
  const route = internalRouteFor(request.nextUrl);
  if (route?.kind === "redirect") return NextResponse.redirect(new URL(route.location, request.nextUrl.origin), 308);
  if (route?.kind === "rewrite") return NextResponse.rewrite(new URL(route.path, request.nextUrl.origin));
  return (await resolveStoredRedirect(request)) ?? NextResponse.next();
}

function isMultipart(request: NextRequest): boolean {
  return (request.headers.get("content-type") ?? "").toLowerCase().startsWith("multipart/form-data");
}

async function wellFormedAction(request: NextRequest): Promise<boolean> {
  const copy = request.clone();
  if (isMultipart(request)) {
    const form = await copy.formData().catch(() => null);
    if (!form) return false;
    // Without JavaScript the form carries the action's id as a field instead of a header.
    return !request.headers.has("next-action") || isWellFormedMultipartCall(form.entries());
  }
  return isWellFormedJsonCall(await copy.text().catch(() => ""));
}

// Besides our own paths, the addresses of an imported XE/Rhymix site (lib/routing/legacy-urls.ts):
// /index.php?…, /?document_srl=…, /?mid=… and /?file_srl=… (the bare home page stays off the
// proxy), /files/attach/…, and top-level /{mid}, /{srl}, /{mid}/{srl}, /{mid}/page/{n} — the
// lookahead keeps our own first segments (its list is RESERVED_SEGMENTS there) and anything with
// a dot (/robots.txt, /favicon.ico) away.
export const config = {
  matcher: [
    // Server actions and form posts to any page (see the check above); readers' GETs carry neither.
    { source: "/:path((?!api/).*)", has: [{ type: "header", key: "content-type", value: "multipart/form-data.*" }] },
    { source: "/:path((?!api/).*)", has: [{ type: "header", key: "next-action" }] },
    "/editor/:path*",
    "/editor",
    "/login",
    "/internal/:path*",
    // Search terms that a path segment cannot carry as they are (next.config.ts rewrites the
    // others: lib/search/segment.ts PLAIN_TERM), and malformed page numbers.
    { source: "/search", has: [{ type: "query", key: "q", value: "^(?![^\\x00-\\x1f/?#%\\\\]+$)[\\s\\S]*" }] },
    { source: "/search", has: [{ type: "query", key: "page", value: "^(?![1-9][0-9]{0,5}$)[\\s\\S]*" }] },
    { source: "/board/:slug", has: [{ type: "query", key: "q", value: "^(?![^\\x00-\\x1f/?#%\\\\]+$)[\\s\\S]*" }] },
    // A page number that is not one (`?page=abc`); proper numbers are rewritten by next.config.ts.
    { source: "/board/:slug", has: [{ type: "query", key: "page", value: "^(?![1-9][0-9]{0,5}$)[\\s\\S]*" }] },
    { source: "/reporter/:id", has: [{ type: "query", key: "page", value: "^(?![1-9][0-9]{0,5}$)[\\s\\S]*" }] },
    "/index.php",
    { source: "/", has: [{ type: "query", key: "document_srl" }] },
    { source: "/", has: [{ type: "query", key: "mid" }] },
    { source: "/", has: [{ type: "query", key: "file_srl" }] },
    "/files/attach/:path*",
    "/:mid((?!(?:article|board|schedule|search|login|editor|reporter|media|api|sitemaps|files|internal|_next|_unknown)(?![A-Za-z0-9_]))[A-Za-z0-9_]+)",
    "/:mid((?!(?:article|board|schedule|search|login|editor|reporter|media|api|sitemaps|files|internal|_next|_unknown)(?![A-Za-z0-9_]))[A-Za-z0-9_]+)/:srl(\\d+)",
    "/:mid((?!(?:article|board|schedule|search|login|editor|reporter|media|api|sitemaps|files|internal|_next|_unknown)(?![A-Za-z0-9_]))[A-Za-z0-9_]+)/page/:page(\\d+)",
  ],
};
