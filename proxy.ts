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

export const config = {
  matcher: ["/editor/:path*", "/editor", "/login", "/article/:path*", "/board/:path*", "/schedule/:path*"],
};
