import "server-only";
import { recordAudit } from "@/lib/audit";
import type { Action, ArticleResource } from "@/lib/auth/roles";
import type { ArticleContentInput } from "@/lib/articles/content";
import type { BoardRow } from "@/lib/articles/placement";
import { Abort, fail, requirePermission, type Actor, type Tx } from "@/lib/articles/transaction";
import { assertTransition, type Operation } from "@/lib/articles/transitions";
import type { ArticleStatus } from "@/lib/generated/prisma/client";

// The intent of the article form's buttons (임시저장, 제출, 발행, 예약 발행): what a create or a
// save checks before writing, and the audit row it leaves.

export type SaveIntent = "save" | "submit" | "publish" | "schedule";
export type CreateOptions = { intent?: SaveIntent; scheduledAt?: Date | null };
export type SaveOptions = CreateOptions & {
  /** The version the form was loaded from: a different current version is a conflict. */
  baseVersion: number;
};

export const INTENT_PERMISSION: Record<Exclude<SaveIntent, "save">, Action> = {
  submit: "article.submit",
  publish: "article.publish",
  schedule: "article.schedule",
};

/** The step a save takes: publishing an article that is already published is an edit of it. */
function operationOf(intent: SaveIntent, from: ArticleStatus): Operation {
  if (intent === "save" || (intent === "publish" && from === "PUBLISHED")) return "edit";
  return intent;
}

/** What a create and a save check before writing: the board's kind, the roles, the status machine. */
export function checkSave(actor: Actor, intent: SaveIntent, resource: ArticleResource, board: BoardRow, input: ArticleContentInput, scheduledAt: Date | null | undefined): ArticleStatus {
  const isSchedulePost = input.schedule !== undefined;
  if (board.kind === "SCHEDULE" && !isSchedulePost) throw new Abort(fail("invalidTransition"));
  if (isSchedulePost) requirePermission(actor, "schedule.write", resource);
  if (intent !== "save") requirePermission(actor, INTENT_PERMISSION[intent], resource);
  const status = assertTransition(resource.status, operationOf(intent, resource.status));
  if (intent === "schedule" && !scheduledAt) throw new Abort(fail("invalidTransition"));
  return status;
}

/** The audit row of a save's intent (plain saves are history enough in the revisions). */
export async function auditIntent(tx: Tx, actor: Actor, id: number, intent: SaveIntent, newlyPublished: boolean, detail: { title: string; version?: number; at: Date | null }): Promise<void> {
  const entry = { actorId: actor.id, targetType: "article", targetId: id };
  if (newlyPublished) await recordAudit(tx, { ...entry, action: "article.publish", detail: { title: detail.title, version: detail.version } });
  else if (intent === "schedule") await recordAudit(tx, { ...entry, action: "article.schedule", detail: { at: detail.at?.toISOString() ?? null } });
  else if (intent === "submit") await recordAudit(tx, { ...entry, action: "article.submit" });
}
