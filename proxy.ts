import { NextResponse, type NextRequest } from "next/server";
import { guardEditorArea, prepareLoginPage } from "@/lib/auth/proxy-guard";
import { INTERNAL_PREFIX, internalPathFor } from "@/lib/routing/internal-paths";
import { resolveStoredRedirect } from "@/lib/routing/stored-redirects";
import { NOT_FOUND_REWRITE } from "@/lib/routing/unknown-paths";

// One proxy, three concerns: public reader URLs rewritten to the internal paths they are cached
// under (lib/routing/internal-paths.ts); stored redirects/tombstones (moved boards → 301, deleted
// articles → 410) and unknown ids (→ the real 404 page) for public URLs; an early sign-in
// redirect for the editor area. The editor check here is only a convenience: every editor page
// and action checks again.
export async function proxy(request: NextRequest): Promise<NextResponse> {
  const { pathname } = request.nextUrl;
  if (pathname === "/editor" || pathname.startsWith("/editor/")) {
    return (await guardEditorArea(request)) ?? NextResponse.next();
  }
  if (pathname === "/login") return prepareLoginPage(request);
  // Internal paths are only reachable through a rewrite, never by their own URL.
  if (pathname === INTERNAL_PREFIX || pathname.startsWith(`${INTERNAL_PREFIX}/`)) {
    return NextResponse.rewrite(new URL(NOT_FOUND_REWRITE, request.nextUrl.origin));
  }
  const stored = await resolveStoredRedirect(request);
  if (stored) return stored;
  const internal = internalPathFor(request.nextUrl);
  return internal ? NextResponse.rewrite(new URL(internal, request.nextUrl.origin)) : NextResponse.next();
}

// Besides our own paths, the addresses of an imported XE/Rhymix site (lib/routing/legacy-urls.ts):
// /index.php?…, /?document_srl=…, /?mid=… and /?file_srl=… (the home page is matched anyway),
// /files/attach/…, and top-level /{mid}, /{srl}, /{mid}/{srl}, /{mid}/page/{n} — the lookahead
// keeps our own first segments (its list is RESERVED_SEGMENTS there) and anything with a dot
// (/robots.txt, /favicon.ico) away.
export const config = {
  matcher: [
    "/",
    "/internal/:path*",
    "/editor/:path*",
    "/editor",
    "/login",
    "/article/:path*",
    "/board/:path*",
    "/schedule",
    "/schedule/:path*",
    "/reporter/:path*",
    "/index.php",
    "/files/attach/:path*",
    "/:mid((?!(?:article|board|schedule|search|login|editor|reporter|media|api|sitemaps|files|internal|_next|_unknown)(?![A-Za-z0-9_]))[A-Za-z0-9_]+)",
    "/:mid((?!(?:article|board|schedule|search|login|editor|reporter|media|api|sitemaps|files|internal|_next|_unknown)(?![A-Za-z0-9_]))[A-Za-z0-9_]+)/:srl(\\d+)",
    "/:mid((?!(?:article|board|schedule|search|login|editor|reporter|media|api|sitemaps|files|internal|_next|_unknown)(?![A-Za-z0-9_]))[A-Za-z0-9_]+)/page/:page(\\d+)",
  ],
};
