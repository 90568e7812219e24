import "server-only";
import { ForbiddenError } from "@/lib/auth/errors";
import { can, type Action, type ArticleResource } from "@/lib/auth/roles";
import { requireActionUser, type SessionUser } from "@/lib/auth/session";

/**
 * The first line of every server action and route handler that writes: the current user if
 * the role matrix allows `action` (on `resource`, where ownership matters). Throws
 * UnauthenticatedError (401) or ForbiddenError (403), both with a Korean message.
 */
export async function authorize(action: Action, resource?: ArticleResource): Promise<SessionUser> {
  const user = await requireActionUser();
  if (!can(user, action, resource)) throw new ForbiddenError();
  return user;
}
