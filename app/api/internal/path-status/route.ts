// Asked by the HTTP cache in front (deploy/nginx) when a reader page answered 404: what is this
// path? Moved (301 to where it is now), deleted (410 with its page) or unknown (the
// server-rendered not-found page, 404). The pages themselves answer a bare 404 because Next 16.4
// renders a page's notFound() body only through JavaScript (vercel/next.js#98954).
import { after, NextRequest } from "next/server";
import { purgeEdgePaths } from "@/lib/cache/edge-purge";
import { resolveStoredRedirect } from "@/lib/routing/stored-redirects";
import { NOT_FOUND_REWRITE } from "@/lib/routing/unknown-paths";
import { env } from "@/lib/env";

export const dynamic = "force-dynamic";

// The path is resolved against a placeholder origin: what goes back is only ever a path.
const BASE = "http://edge.invalid";

function originalUrl(request: NextRequest): URL | null {
  const original = request.headers.get("x-original-uri") ?? "";
  if (!original.startsWith("/") || original.startsWith("//")) return null;
  try {
    return new URL(original, BASE);
  } catch {
    return null;
  }
}

/** This server's own not-found page (an unmatched path renders it with a real body). */
async function notFoundPage(): Promise<Response> {
  const port = env().PORT;
  try {
    const page = await fetch(`http://127.0.0.1:${port}${NOT_FOUND_REWRITE}`, { signal: AbortSignal.timeout(5_000) });
    return new Response(await page.text(), { status: 404, headers: { "content-type": "text/html; charset=utf-8", "cache-control": "no-store" } });
  } catch {
    return new Response("Not Found", { status: 404, headers: { "content-type": "text/plain; charset=utf-8" } });
  }
}

export async function GET(request: NextRequest): Promise<Response> {
  const url = originalUrl(request);
  if (!url) return notFoundPage();
  // The edge may still hold this page from before it went (it refreshes in the background and
  // would keep serving that copy): it is gone, so the edge forgets it.
  after(() => purgeEdgePaths([url.pathname + url.search]));
  const decision = await resolveStoredRedirect(new NextRequest(url));
  if (!decision || decision.headers.has("x-middleware-rewrite")) return notFoundPage();
  const location = decision.headers.get("location");
  if (location) {
    // Relative, so the reader stays on the public address the edge answered on.
    const target = new URL(location, BASE);
    const headers = new Headers(decision.headers);
    headers.set("location", target.origin === BASE ? target.pathname + target.search : location);
    return new Response(null, { status: decision.status, headers });
  }
  return decision;
}
