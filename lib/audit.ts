import "server-only";
import { prisma } from "@/lib/db";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";

// What was done, by whom, to what: written in the same transaction as the change itself,
// so the log never claims a change that rolled back (nor misses one that happened).
export type AuditAction =
  | "article.publish"
  | "article.schedule"
  | "article.unpublish"
  | "article.delete"
  | "article.restoreRevision"
  | "user.create"
  | "user.role"
  | "user.disable"
  | "user.enable"
  | "user.resetPassword"
  | "user.passwordChange"
  | "user.signOutEverywhere"
  | "board.create"
  | "board.update"
  | "board.delete"
  | "settings.update"
  | "article.correction"
  | "article.relatedPicks"
  | "user.profile";

export type AuditEntry = {
  actorId: number | null;
  action: AuditAction | (string & {});
  targetType: "article" | "user" | "board" | "session" | (string & {});
  targetId: string | number;
  detail?: Prisma.InputJsonObject;
};

type AuditWriter = Pick<Prisma.TransactionClient | PrismaClient, "auditLog">;

export async function recordAudit(tx: AuditWriter, entry: AuditEntry): Promise<void> {
  await tx.auditLog.create({
    data: {
      actorId: entry.actorId,
      action: entry.action,
      targetType: entry.targetType,
      targetId: String(entry.targetId),
      detail: entry.detail ?? {},
    },
  });
}

export type AuditListItem = {
  id: string;
  action: string;
  targetType: string;
  targetId: string;
  actorName: string | null;
  detail: unknown;
  createdAt: Date;
};

/** The newest entries first, for the admin's view. */
export async function listRecentAudit(limit = 50): Promise<AuditListItem[]> {
  const rows = await prisma.auditLog.findMany({
    orderBy: { id: "desc" },
    take: limit,
    select: { id: true, action: true, targetType: true, targetId: true, detail: true, createdAt: true, actor: { select: { displayName: true, loginId: true } } },
  });
  return rows.map((r) => ({
    id: r.id.toString(),
    action: r.action,
    targetType: r.targetType,
    targetId: r.targetId,
    actorName: r.actor ? `${r.actor.displayName} (${r.actor.loginId})` : null,
    detail: r.detail,
    createdAt: r.createdAt,
  }));
}
