// How many bytes of request body each door takes. Checked twice: before reading (a declared
// Content-Length over the limit is refused at once, lib/http/request-gate.ts) and while reading
// (a body without a length, or lying about it, is cut off at the limit, lib/http/body.ts).

/** Server actions: the longest article (400,000 characters of Korean HTML) with room to spare. */
export const ACTION_BODY_LIMIT = 2 * 1024 * 1024;
/** next.config.ts's `serverActions.bodySizeLimit`, the same number in Next's notation. */
export const ACTION_BODY_LIMIT_SETTING = "2mb";
/** Photo uploads: the image limit (lib/images/process.ts) plus the multipart framing and fields. */
export const UPLOAD_BODY_LIMIT = 20 * 1024 * 1024 + 64 * 1024;
/** next-auth's forms: an id, a password of at most 1,024 characters, a CSRF token, a path. */
export const AUTH_BODY_LIMIT = 16 * 1024;
/** The worker's tag expiry calls. */
export const INTERNAL_BODY_LIMIT = 64 * 1024;
/** Anything, declared: above the upload limit, so an upload a little too big still gets the
 * upload route's own message ("20MB 이하"); each route cuts its own body shorter while reading. */
export const ANY_BODY_LIMIT = 32 * 1024 * 1024;
