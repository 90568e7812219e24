import { auth as authText } from "@/lib/strings/auth";

// Typed failures of "who is asking": callers map them to 401/403 (route handlers) or to a
// form error (server actions) without parsing messages.
export class AuthError extends Error {
  readonly status: 401 | 403;
  constructor(status: 401 | 403, message: string) {
    super(message);
    this.name = new.target.name;
    this.status = status;
  }
}

/** No valid session: signed out, expired, revoked, or the account was disabled. */
export class UnauthenticatedError extends AuthError {
  constructor(message: string = authText.errors.unauthenticated) {
    super(401, message);
  }
}

/** Signed in, but the role (or ownership) does not allow the action. */
export class ForbiddenError extends AuthError {
  constructor(message: string = authText.errors.forbidden) {
    super(403, message);
  }
}

export function isAuthError(error: unknown): error is AuthError {
  return error instanceof AuthError;
}

/** A JSON 401/403 for route handlers: `catch (e) { if (isAuthError(e)) return authErrorResponse(e); throw e; }` */
export function authErrorResponse(error: AuthError): Response {
  return Response.json({ error: error.message }, { status: error.status });
}
