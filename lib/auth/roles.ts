// The role matrix, as data, and the pure check `can`. Importable from client components (to
// show or hide controls); server code uses lib/auth/authorize.ts, which adds `authorize`.
import type { SessionUser } from "@/lib/auth/session-types";

export type Role = SessionUser["role"];
export const ROLES = ["REPORTER", "EDITOR", "ADMIN"] as const satisfies readonly Role[];

export const ACTIONS = [
  "article.create",
  "article.editOwnDraft",
  "article.editAny",
  "article.submit",
  "article.preview",
  "article.publish",
  "article.schedule",
  "article.unpublish",
  "article.delete",
  "article.restoreRevision",
  "schedule.write",
  "image.upload",
  "user.manage",
  "board.manage",
  "session.manageOwn",
  "article.correct",
  "settings.manage",
] as const;
export type Action = (typeof ACTIONS)[number];

/** The article an action is about; needed wherever a rule depends on ownership. */
export type ArticleResource = {
  authorId: number | null;
  status: "DRAFT" | "SCHEDULED" | "PUBLISHED" | "UNPUBLISHED" | "DELETED";
};

/**
 * - `true` / `false`: allowed or not, whatever the resource.
 * - `"own"`: only on an article whose author is the user.
 * - `"ownDraft"`: only on the user's own article while it is still a draft (a reporter may
 *   not change what readers already see, nor a post an editor has scheduled).
 * Ownership rules need the resource: without one they deny.
 */
export type Rule = boolean | "own" | "ownDraft";

export const PERMISSIONS: Readonly<Record<Action, Readonly<Record<Role, Rule>>>> = {
  "article.create": { REPORTER: true, EDITOR: true, ADMIN: true },
  "article.editOwnDraft": { REPORTER: "ownDraft", EDITOR: true, ADMIN: true },
  "article.editAny": { REPORTER: false, EDITOR: true, ADMIN: true },
  "article.submit": { REPORTER: "ownDraft", EDITOR: true, ADMIN: true },
  "article.preview": { REPORTER: "own", EDITOR: true, ADMIN: true },
  "article.publish": { REPORTER: false, EDITOR: true, ADMIN: true },
  "article.schedule": { REPORTER: false, EDITOR: true, ADMIN: true },
  "article.unpublish": { REPORTER: false, EDITOR: true, ADMIN: true },
  "article.delete": { REPORTER: false, EDITOR: true, ADMIN: true },
  "article.restoreRevision": { REPORTER: false, EDITOR: true, ADMIN: true },
  "schedule.write": { REPORTER: "ownDraft", EDITOR: true, ADMIN: true },
  "image.upload": { REPORTER: true, EDITOR: true, ADMIN: true },
  "user.manage": { REPORTER: false, EDITOR: false, ADMIN: true },
  "board.manage": { REPORTER: false, EDITOR: false, ADMIN: true },
  "session.manageOwn": { REPORTER: true, EDITOR: true, ADMIN: true },
  // A correction (정정·반론보도) changes what readers see of a published article: editors only.
  "article.correct": { REPORTER: false, EDITOR: true, ADMIN: true },
  "settings.manage": { REPORTER: false, EDITOR: false, ADMIN: true },
};

type Actor = Pick<SessionUser, "id" | "role">;

export function can(user: Actor | null | undefined, action: Action, resource?: ArticleResource): boolean {
  if (!user) return false;
  const rule = PERMISSIONS[action][user.role];
  if (typeof rule === "boolean") return rule;
  if (!resource || resource.authorId === null || resource.authorId !== user.id) return false;
  return rule === "own" || resource.status === "DRAFT";
}

/**
 * Whether the role may do the action on at least some article (e.g. a reporter may edit
 * *some* drafts): for showing a menu entry, never for allowing a write.
 */
export function canSome(user: Actor | null | undefined, action: Action): boolean {
  return !!user && PERMISSIONS[action][user.role] !== false;
}
