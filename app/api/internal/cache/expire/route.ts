// The worker's way to expire cache tags on a server without Redis (see lib/cache/internal-expire.ts).
import type { NextRequest } from "next/server";
import { z } from "zod";
import { isInternalExpireRequest } from "@/lib/cache/internal-expire";
import { expireTags } from "@/lib/cache/invalidate";
import { BodyTooLargeError, readBodyLimited, refusedResponse } from "@/lib/http/body";
import { INTERNAL_BODY_LIMIT } from "@/lib/http/limits";

export const runtime = "nodejs";

const bodySchema = z.object({ tags: z.array(z.string().min(1).max(256)).min(1).max(1_000) });

export async function POST(request: NextRequest): Promise<Response> {
  if (!isInternalExpireRequest(request.headers.get("authorization"))) {
    return Response.json({ error: "forbidden" }, { status: 403 });
  }
  let body: unknown;
  try {
    body = JSON.parse(new TextDecoder().decode(await readBodyLimited(request, INTERNAL_BODY_LIMIT)));
  } catch (error) {
    if (error instanceof BodyTooLargeError) return refusedResponse(413);
    return Response.json({ error: "body must be JSON" }, { status: 400 });
  }
  const parsed = bodySchema.safeParse(body);
  if (!parsed.success) return Response.json({ error: "expected { tags: string[] }" }, { status: 400 });
  expireTags(parsed.data.tags);
  return Response.json({ expired: parsed.data.tags.length });
}
