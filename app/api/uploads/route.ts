import { authErrorResponse, isAuthError } from "@/lib/auth/errors";
import { authorize } from "@/lib/auth/authorize";
import { ImageRejectedError, MAX_UPLOAD_BYTES } from "@/lib/images/process";
import { saveUploadedImage } from "@/lib/images/service";
import { BodyTooLargeError, readBodyLimited, refusedResponse } from "@/lib/http/body";
import { UPLOAD_BODY_LIMIT } from "@/lib/http/limits";
import { headerGetter, isCrossSite } from "@/lib/http/origin";
import { imageUploadSchema } from "@/lib/validations/image";
import { editor } from "@/lib/strings/editor";

export const runtime = "nodejs";

// Multipart form: file, alt (required), caption. Answers JSON { image } or { error } with a
// Korean message: 401/403 (who, or from another site), 400 (what), 413 (too big), 415 (not a
// photo). The body is read at most UPLOAD_BODY_LIMIT bytes far, whether or not it declares a length.

function fail(status: number, error: string, field?: string): Response {
  return Response.json({ error, field }, { status, headers: { "Cache-Control": "no-store" } });
}

export async function POST(request: Request): Promise<Response> {
  // Only the editor's own pages upload: a request another site makes the browser send is refused.
  if (isCrossSite(headerGetter(request.headers))) return refusedResponse(403);
  let user;
  try {
    user = await authorize("image.upload");
  } catch (error) {
    if (isAuthError(error)) return authErrorResponse(error);
    throw error;
  }

  let form: FormData;
  try {
    const body = await readBodyLimited(request, UPLOAD_BODY_LIMIT);
    form = await new Request(request.url, { method: "POST", headers: request.headers, body }).formData();
  } catch (error) {
    if (error instanceof BodyTooLargeError) return fail(413, editor.image.errors.tooLarge, "file");
    return fail(400, editor.image.fileRequired, "file");
  }
  const file = form.get("file");
  const parsed = imageUploadSchema.safeParse({ alt: form.get("alt") ?? "", caption: form.get("caption") ?? "" });
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return fail(400, issue?.message ?? editor.image.altRequired, String(issue?.path[0] ?? "alt"));
  }
  if (!(file instanceof File) || file.size === 0) return fail(400, editor.image.fileRequired, "file");
  if (file.size > MAX_UPLOAD_BYTES) return fail(413, editor.image.errors.tooLarge, "file");

  try {
    const image = await saveUploadedImage(Buffer.from(await file.arrayBuffer()), { alt: parsed.data.alt, caption: parsed.data.caption, uploaderId: user.id });
    return Response.json({ image }, { status: 201, headers: { "Cache-Control": "no-store" } });
  } catch (error) {
    if (error instanceof ImageRejectedError) return fail(error.status, error.message, "file");
    console.error("image upload failed", error);
    return fail(500, editor.image.failed);
  }
}
