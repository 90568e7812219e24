import "server-only";
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
  | "board.delete";

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
