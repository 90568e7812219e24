import { http as httpText } from "@/lib/strings/common";

// Request bodies read with a byte limit enforced while reading: a body without Content-Length
// (chunked), or one longer than it claims, is cut off at the limit instead of being buffered
// whole. Callers turn BodyTooLargeError into refusedResponse(413).

export class BodyTooLargeError extends Error {
  constructor(readonly limit: number) {
    super(`request body over ${limit} bytes`);
    this.name = "BodyTooLargeError";
  }
}

/** True when the request announces more than `limit` bytes: refuse before reading any. */
export function declaresTooMuch(headers: Headers, limit: number): boolean {
  const declared = headers.get("content-length");
  return declared !== null && /^\d+$/.test(declared.trim()) && Number(declared) > limit;
}

/** The whole body, at most `limit` bytes; throws BodyTooLargeError past it. */
export async function readBodyLimited(request: Request, limit: number): Promise<Uint8Array<ArrayBuffer>> {
  if (declaresTooMuch(request.headers, limit)) throw new BodyTooLargeError(limit);
  if (!request.body) return new Uint8Array(0);
  const reader = request.body.getReader();
  const parts: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel().catch(() => {});
      throw new BodyTooLargeError(limit);
    }
    parts.push(value);
  }
  const body = new Uint8Array(size);
  let offset = 0;
  for (const part of parts) {
    body.set(part, offset);
    offset += part.byteLength;
  }
  return body;
}

export type RefusalStatus = 400 | 403 | 405 | 411 | 413 | 415;

/** A short plain answer for a refused request: never cached, never a stack trace. */
export function refusedResponse(status: RefusalStatus, message: string = httpText.refused[status], allow = "GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS"): Response {
  return Response.json(
    { error: message },
    {
      status,
      headers: {
        "cache-control": "no-store",
        ...(status === 405 ? { allow } : {}),
      },
    },
  );
}
