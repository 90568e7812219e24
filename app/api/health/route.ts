// For load balancers and monitors: 200 when this server can reach PostgreSQL, else 503.
import { databaseAnswers } from "@/lib/health";

export const dynamic = "force-dynamic";

export async function GET(): Promise<Response> {
  const database = await databaseAnswers();
  return Response.json({ ok: database, database }, { status: database ? 200 : 503, headers: { "cache-control": "no-store" } });
}
