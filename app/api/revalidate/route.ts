// Cache refresh for jobs that write outside the app (`npm run import:rhymix`, `npm run import`):
// they POST what they changed, signed with the site's secret (lib/cache/revalidate-token.ts).
import { z } from "zod";
import { authSecret } from "@/lib/auth/secret";
import { invalidateArticleChange, invalidateBoards } from "@/lib/cache/invalidate";
import { isRevalidateToken } from "@/lib/cache/revalidate-token";

export const runtime = "nodejs";

const bodySchema = z.object({
  boards: z.array(z.string().regex(/^[a-z0-9][a-z0-9-]*$/).max(64)).max(1000),
  articles: z.array(z.object({ id: z.number().int().positive(), boardSlug: z.string().max(64) })).max(10_000),
  scheduleDays: z.array(z.string().regex(/^\d{4}-\d{2}-\d{2}$/)).max(10_000),
});

export async function POST(request: Request): Promise<Response> {
  if (!isRevalidateToken(authSecret(), request.headers.get("x-revalidate-token"))) {
    return Response.json({ ok: false }, { status: 401 });
  }
  const parsed = bodySchema.safeParse(await request.json().catch(() => null));
  if (!parsed.success) return Response.json({ ok: false, error: z.prettifyError(parsed.error) }, { status: 400 });
  const { boards, articles, scheduleDays } = parsed.data;
  invalidateBoards(boards);
  for (const article of articles) invalidateArticleChange({ id: article.id, boardSlug: article.boardSlug });
  // The day pages' tags ride on an article change (no article has id 0: only the day tags matter).
  if (scheduleDays.length > 0) invalidateArticleChange({ id: 0, boardSlug: boards[0] ?? "", scheduleDates: scheduleDays });
  return Response.json({ ok: true });
}
