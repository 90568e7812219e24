import "server-only";
import { prisma } from "@/lib/db";
import { can, type Action, type ArticleResource } from "@/lib/auth/roles";
import type { SessionUser } from "@/lib/auth/session-types";
import { invalidateArticleChange, type ArticleChange } from "@/lib/cache/invalidate";
import type { ConflictInfo } from "@/lib/articles/conflict";
import { InvalidTransitionError } from "@/lib/articles/transitions";
import { enqueueIndexNow } from "@/lib/indexnow/outbox";
import { articleUrl } from "@/lib/seo/json-ld";
import { editor } from "@/lib/strings/editor";
import type { ArticleStatus, Prisma } from "@/lib/generated/prisma/client";

// The frame every write of the posts service runs in: one transaction, failures as values,
// and after commit the cache invalidation and the scheduler's nudge. Search-engine pings
// (IndexNow) for a public change are written inside the transaction, for the worker to send.

export type Tx = Prisma.TransactionClient;
export type Actor = Pick<SessionUser, "id" | "role" | "displayName">;

export type Failure =
  | { ok: false; reason: "notFound" | "forbidden" | "invalidTransition" | "boardNotFound" | "revisionNotFound"; message: string }
  | { ok: false; reason: "conflict"; message: string; conflict: ConflictInfo }
  | { ok: false; reason: "relatedInvalid"; message: string };

export type ArticleOutcome = { ok: true; id: number; status: ArticleStatus; version: number; publishedAt: Date | null; scheduledAt: Date | null };
export type Result = ArticleOutcome | Failure;

export function fail(reason: Exclude<Failure["reason"], "conflict" | "relatedInvalid">): Failure {
  return { ok: false, reason, message: editor.errors[reason] };
}

/** Thrown inside a transaction to roll it back and return `failure` to the caller. */
export class Abort extends Error {
  constructor(readonly failure: Failure) {
    super(failure.reason);
  }
}

/** What the transaction tells the after-commit step. A `failure` here still commits (the
 * conflict path keeps my text as a draft copy). */
export type Effect =
  | {
      change: ArticleChange | null;
      outcome: ArticleOutcome;
      wakeScheduler?: boolean;
      /** The change is to a public URL, worth telling search engines (IndexNow); default yes. */
      notify?: boolean;
      failure?: undefined;
    }
  | { failure: Failure; change?: undefined; wakeScheduler?: undefined };

let afterCommitHook: ((change: ArticleChange) => void) | null = null;

/** Tests replace how invalidation happens (revalidateTag needs a request). */
export function setInvalidator(hook: ((change: ArticleChange) => void) | null): void {
  afterCommitHook = hook;
}

/** The channel the worker listens on, so a newly scheduled post is timed at once. */
export const SCHEDULE_CHANNEL = "article_schedule";

function afterCommit(effect: Effect): Result {
  if (effect.failure) return effect.failure;
  if (effect.change) {
    try {
      (afterCommitHook ?? invalidateArticleChange)(effect.change);
    } catch (error) {
      // The write is committed; a failed invalidation only delays visibility until expiry.
      console.error("article invalidation failed", error);
    }
  }
  if (effect.wakeScheduler) {
    // Only a nudge: the worker also looks for due posts every few seconds on its own.
    prisma.$executeRaw`SELECT pg_notify(${SCHEDULE_CHANNEL}, '')`.catch((error: unknown) => console.error("could not notify the worker", error));
  }
  return effect.outcome;
}

/**
 * Other pages that show this article's title and presence: the most-read ranking, and the
 * articles whose editors picked it as related. Their caches must follow its change too.
 */
async function addShownElsewhere(tx: Tx, change: ArticleChange): Promise<void> {
  const rows = await tx.$queryRaw<Array<{ ranked: boolean; picked_by: number[] }>>`
    SELECT EXISTS (SELECT 1 FROM most_read_articles WHERE article_id = ${change.id}) AS ranked,
           ARRAY(SELECT article_id FROM article_related_picks WHERE related_id = ${change.id} ORDER BY article_id LIMIT 1000) AS picked_by`;
  if (rows[0]?.ranked) change.ranked = true;
  if (rows[0]?.picked_by.length) change.pickedBy = rows[0].picked_by;
}

/** Runs one write of the posts service; see the file comment. */
export async function runWrite(work: (tx: Tx) => Promise<Effect>): Promise<Result> {
  try {
    const effect = await prisma.$transaction(
      async (tx) => {
        const done = await work(tx);
        if (done.change) await addShownElsewhere(tx, done.change);
        // Written with the change itself: the ping exists exactly when the change committed.
        if (done.change && done.notify !== false) await enqueueIndexNow(tx, [articleUrl(done.change.id)]);
        return done;
      },
      { timeout: 30_000, maxWait: 10_000 },
    );
    return afterCommit(effect);
  } catch (error) {
    if (error instanceof Abort) return error.failure;
    if (error instanceof InvalidTransitionError) return fail("invalidTransition");
    throw error;
  }
}

export function outcomeOf(row: { id: number; status: ArticleStatus; version: number; publishedAt: Date | null; scheduledAt: Date | null }): ArticleOutcome {
  return { ok: true, id: row.id, status: row.status, version: row.version, publishedAt: row.publishedAt, scheduledAt: row.scheduledAt };
}

export function resourceOf(row: { author_id: number | null; status: ArticleStatus }): ArticleResource {
  return { authorId: row.author_id, status: row.status };
}

export function requirePermission(actor: Actor, action: Action, resource?: ArticleResource): void {
  if (!can(actor, action, resource)) throw new Abort(fail("forbidden"));
}

/** Edit rights: anyone's article for editors, one's own draft for reporters. */
export function requireEdit(actor: Actor, row: { author_id: number | null; status: ArticleStatus }): void {
  if (can(actor, "article.editAny") || can(actor, "article.editOwnDraft", resourceOf(row))) return;
  throw new Abort(fail("forbidden"));
}
