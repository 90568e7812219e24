// The worker's way to expire cache tags on a server without Redis (see lib/cache/internal-expire.ts).
import type { NextRequest } from "next/server";
import { z } from "zod";
import { isInternalExpireRequest } from "@/lib/cache/internal-expire";
import { expireTags } from "@/lib/cache/invalidate";

export const runtime = "nodejs";

const MAX_BODY_BYTES = 64 * 1024;
const bodySchema = z.object({ tags: z.array(z.string().min(1).max(256)).min(1).max(1_000) });

export async function POST(request: NextRequest): Promise<Response> {
  if (!isInternalExpireRequest(request.headers.get("authorization"))) {
    return Response.json({ error: "forbidden" }, { status: 403 });
  }
  if (Number(request.headers.get("content-length") ?? 0) > MAX_BODY_BYTES) {
    return Response.json({ error: "body too large" }, { status: 413 });
  }
  let body: unknown;
  try {
    body = await request.json();
  } catch {
    return Response.json({ error: "body must be JSON" }, { status: 400 });
  }
  const parsed = bodySchema.safeParse(body);
  if (!parsed.success) return Response.json({ error: "expected { tags: string[] }" }, { status: 400 });
  expireTags(parsed.data.tags);
  return Response.json({ expired: parsed.data.tags.length });
}
