// The article status machine, as data beside the role matrix (lib/auth/roles.ts): for each
// thing the newsroom does to an article, the statuses it may start from and the status it
// leaves. The roles say who may do it; this table says when. Pure: client components may use
// it to decide which buttons to show.
import type { ArticleResource } from "@/lib/auth/roles";

export type ArticleStatus = ArticleResource["status"];
export const ARTICLE_STATUSES = ["DRAFT", "SCHEDULED", "PUBLISHED", "UNPUBLISHED", "DELETED"] as const satisfies readonly ArticleStatus[];

export const OPERATIONS = [
  "edit",
  "submit",
  "publish",
  "schedule",
  "publishDue",
  "unpublish",
  "delete",
  "restoreDeleted",
  "restoreRevision",
  "correct",
  "pickRelated",
] as const;
export type Operation = (typeof OPERATIONS)[number];

const LIVE = { DRAFT: "DRAFT", SCHEDULED: "SCHEDULED", PUBLISHED: "PUBLISHED", UNPUBLISHED: "UNPUBLISHED" } as const;

/**
 * `TRANSITIONS[operation][from]` is the status the operation leaves; a missing entry means the
 * operation is refused in that status. A new article starts from DRAFT.
 */
export const TRANSITIONS: Readonly<Record<Operation, Readonly<Partial<Record<ArticleStatus, ArticleStatus>>>>> = {
  // Saving text keeps the status (a published article's new text goes live at once).
  edit: LIVE,
  // "검토 요청": still a draft, flagged for an editor (articles.submitted_at).
  submit: { DRAFT: "DRAFT" },
  publish: { DRAFT: "PUBLISHED", SCHEDULED: "PUBLISHED", UNPUBLISHED: "PUBLISHED" },
  schedule: { DRAFT: "SCHEDULED", SCHEDULED: "SCHEDULED", UNPUBLISHED: "SCHEDULED" },
  // The worker, when a scheduled time comes.
  publishDue: { SCHEDULED: "PUBLISHED" },
  // Off the site; a cancelled schedule goes back to being a draft.
  unpublish: { PUBLISHED: "UNPUBLISHED", SCHEDULED: "DRAFT" },
  delete: { DRAFT: "DELETED", SCHEDULED: "DELETED", PUBLISHED: "DELETED", UNPUBLISHED: "DELETED" },
  restoreDeleted: { DELETED: "DRAFT" },
  restoreRevision: LIVE,
  // A correction (정정·반론) is attached to what readers already see.
  correct: { PUBLISHED: "PUBLISHED" },
  pickRelated: LIVE,
};

/** Refused by the status machine; the posts service answers it as `invalidTransition`. */
export class InvalidTransitionError extends Error {
  constructor(
    readonly from: ArticleStatus,
    readonly operation: Operation,
  ) {
    super(`${operation} is not allowed on a ${from} article`);
    this.name = "InvalidTransitionError";
  }
}

/** Where `operation` takes an article in status `from`, or null when it may not (for showing buttons). */
export function nextStatus(from: ArticleStatus, operation: Operation): ArticleStatus | null {
  return TRANSITIONS[operation][from] ?? null;
}

/**
 * The one check of the status machine: `operation` may start from `from`. Returns the status it
 * leads to (from the table, so no caller restates it); throws InvalidTransitionError otherwise.
 */
export function assertTransition(from: ArticleStatus, operation: Operation): ArticleStatus {
  const to = TRANSITIONS[operation][from];
  if (to === undefined) throw new InvalidTransitionError(from, operation);
  return to;
}
