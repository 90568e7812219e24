// Serves stored files (/media/<key>). Keys are never reused for different content (a new
// upload gets a new key), so responses may be cached for a year.
import { contentTypeForKey, getStorage, isValidKey } from "@/lib/storage";

export const runtime = "nodejs";

function notFound(): Response {
  return new Response("Not found", {
    status: 404,
    headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "public, max-age=60" },
  });
}

async function serve(params: Promise<{ key: string[] }>, withBody: boolean): Promise<Response> {
  const { key: segments } = await params;
  // Next decodes each segment; an encoded "/" or ".." inside one is rejected by isValidKey.
  const key = segments.join("/");
  if (!isValidKey(key)) return notFound();
  const data = await getStorage().get(key);
  if (!data) return notFound();
  return new Response(withBody ? new Uint8Array(data) : null, {
    status: 200,
    headers: {
      "Content-Type": contentTypeForKey(key),
      "Content-Length": String(data.byteLength),
      "Cache-Control": "public, max-age=31536000, immutable",
      "X-Content-Type-Options": "nosniff",
      // Uploaded files are never documents to run: no scripts even if one slipped through.
      "Content-Security-Policy": "default-src 'none'; sandbox",
    },
  });
}

export async function GET(_request: Request, context: { params: Promise<{ key: string[] }> }): Promise<Response> {
  return serve(context.params, true);
}

export async function HEAD(_request: Request, context: { params: Promise<{ key: string[] }> }): Promise<Response> {
  return serve(context.params, false);
}
