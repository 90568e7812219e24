// Where lib/http/request-gate.ts sends what it refuses (bad method, malformed path, a body too
// big or without a length, a cross-site server action): a short 4xx, whatever the method was.
import { refusedResponse, type RefusalStatus } from "@/lib/http/body";
import { PAGE_METHODS, PAGE_OPTIONS_REASON, REFUSED_REASON_HEADER } from "@/lib/http/request-gate";

export const dynamic = "force-dynamic";

const STATUSES = new Set<number>([400, 403, 405, 411, 413, 415]);

async function answer(request: Request, context: { params: Promise<{ status: string }> }): Promise<Response> {
  const status = Number((await context.params).status);
  if (request.headers.get(REFUSED_REASON_HEADER) === PAGE_OPTIONS_REASON) return refusedResponse(405, undefined, PAGE_METHODS);
  return refusedResponse(STATUSES.has(status) ? (status as RefusalStatus) : 400);
}

export { answer as GET, answer as POST, answer as PUT, answer as PATCH, answer as DELETE, answer as OPTIONS };
