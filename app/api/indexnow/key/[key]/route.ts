import { currentIndexNowKey } from "@/lib/indexnow/outbox";

// The IndexNow key file, served at the site root as /{key}.txt (next.config.ts rewrites it
// here): search engines fetch it to check that pings for this host come from its owner.
export const dynamic = "force-dynamic";

export async function GET(_request: Request, { params }: { params: Promise<{ key: string }> }): Promise<Response> {
  const { key } = await params;
  const current = await currentIndexNowKey();
  if (!current || key !== current) {
    return new Response("Not Found", { status: 404, headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" } });
  }
  return new Response(current, { headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "public, max-age=300" } });
}
