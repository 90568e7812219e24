import { NextResponse, type NextRequest } from "next/server";
import { guardEditorArea, prepareLoginPage } from "@/lib/auth/proxy-guard";
import { resolveStoredRedirect } from "@/lib/routing/stored-redirects";

// One proxy, two concerns: stored redirects/tombstones (moved boards → 301, deleted
// articles → 410) for public URLs, and an early sign-in redirect for the editor area.
// The editor check here is only a convenience: every editor page and action checks again.
export async function proxy(request: NextRequest): Promise<NextResponse> {
  const { pathname } = request.nextUrl;
  if (pathname === "/editor" || pathname.startsWith("/editor/")) {
    return (await guardEditorArea(request)) ?? NextResponse.next();
  }
  if (pathname === "/login") return prepareLoginPage(request);
  return (await resolveStoredRedirect(request)) ?? NextResponse.next();
}

// Besides our own paths, the addresses of an imported XE/Rhymix site (lib/routing/legacy-urls.ts):
// /index.php?…, /?document_srl=…, /?mid=… and /?file_srl=… (the bare home page stays off the proxy),
// /files/attach/…, and top-level /{mid}, /{srl}, /{mid}/{srl}, /{mid}/page/{n} — the lookahead
// keeps our own first segments (its list is RESERVED_SEGMENTS there) and anything with a dot
// (/robots.txt, /favicon.ico) away.
export const config = {
  matcher: [
    "/editor/:path*",
    "/editor",
    "/login",
    "/article/:path*",
    "/board/:path*",
    "/schedule/:path*",
    "/index.php",
    { source: "/", has: [{ type: "query", key: "document_srl" }] },
    { source: "/", has: [{ type: "query", key: "mid" }] },
    { source: "/", has: [{ type: "query", key: "file_srl" }] },
    "/files/attach/:path*",
    "/:mid((?!(?:article|board|schedule|search|login|editor|reporter|media|api|sitemaps|files|_next|_unknown)(?![A-Za-z0-9_]))[A-Za-z0-9_]+)",
    "/:mid((?!(?:article|board|schedule|search|login|editor|reporter|media|api|sitemaps|files|_next|_unknown)(?![A-Za-z0-9_]))[A-Za-z0-9_]+)/:srl(\\d+)",
    "/:mid((?!(?:article|board|schedule|search|login|editor|reporter|media|api|sitemaps|files|_next|_unknown)(?![A-Za-z0-9_]))[A-Za-z0-9_]+)/page/:page(\\d+)",
  ],
};
