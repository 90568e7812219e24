import "server-only";
import { prisma } from "@/lib/db";
import { recordAudit } from "@/lib/audit";
import { hashPassword } from "@/lib/auth/password";
import type { Role } from "@/lib/auth/roles";

// User management for admins. Role change, disabling and password reset bump the user's
// sessionVersion and revoke their rows, so the change takes effect at their next request.

export type UserListItem = {
  id: number;
  loginId: string;
  displayName: string;
  role: Role;
  disabled: boolean;
  createdAt: Date;
  activeSessions: number;
};

export async function listUsers(now: Date = new Date()): Promise<UserListItem[]> {
  const users = await prisma.user.findMany({
    orderBy: [{ disabled: "asc" }, { loginId: "asc" }],
    select: { id: true, loginId: true, displayName: true, role: true, disabled: true, createdAt: true, sessionVersion: true },
  });
  const sessions = await prisma.loginSession.findMany({
    where: { revokedAt: null, expiresAt: { gt: now } },
    select: { userId: true, sessionVersion: true },
  });
  return users.map(({ sessionVersion, ...u }) => ({
    ...u,
    activeSessions: u.disabled ? 0 : sessions.filter((s) => s.userId === u.id && s.sessionVersion === sessionVersion).length,
  }));
}

export type UserChangeError = "login-taken" | "missing" | "self" | "last-admin";
export type UserChangeResult = { ok: true } | { ok: false; error: UserChangeError };

export async function createUser(
  actorId: number,
  input: { loginId: string; displayName: string; role: Role; password: string },
): Promise<UserChangeResult> {
  const taken = await prisma.user.findFirst({
    where: { loginId: { equals: input.loginId, mode: "insensitive" } },
    select: { id: true },
  });
  if (taken) return { ok: false, error: "login-taken" };
  const passwordHash = await hashPassword(input.password);
  await prisma.$transaction(async (tx) => {
    const user = await tx.user.create({
      data: { loginId: input.loginId, displayName: input.displayName, role: input.role, passwordHash },
      select: { id: true },
    });
    await recordAudit(tx, {
      actorId,
      action: "user.create",
      targetType: "user",
      targetId: user.id,
      detail: { loginId: input.loginId, role: input.role },
    });
  });
  return { ok: true };
}

type Change =
  | { kind: "role"; role: Role }
  | { kind: "disabled"; disabled: boolean }
  | { kind: "password"; password: string };

/** One admin change to another user's account, audited, ending that user's sessions. */
export async function changeUser(actorId: number, userId: number, change: Change, now: Date = new Date()): Promise<UserChangeResult> {
  if (userId === actorId && change.kind !== "password") return { ok: false, error: "self" };
  const passwordHash = change.kind === "password" ? await hashPassword(change.password) : undefined;
  return prisma.$transaction(async (tx) => {
    // Row lock: two admins demoting each other at once can't leave the newsroom without one.
    const rows = await tx.$queryRaw<Array<{ id: number; role: Role; disabled: boolean }>>`
      SELECT id, role, disabled FROM users WHERE id = ${userId} FOR UPDATE`;
    const user = rows[0];
    if (!user) return { ok: false, error: "missing" } as const;
    const losesAdmin =
      user.role === "ADMIN" && !user.disabled && ((change.kind === "role" && change.role !== "ADMIN") || (change.kind === "disabled" && change.disabled));
    if (losesAdmin) {
      const admins = await tx.$queryRaw<Array<{ id: number }>>`
        SELECT id FROM users WHERE role = 'ADMIN' AND NOT disabled FOR UPDATE`;
      if (admins.length <= 1) return { ok: false, error: "last-admin" } as const;
    }

    const data =
      change.kind === "role"
        ? { role: change.role }
        : change.kind === "disabled"
          ? { disabled: change.disabled }
          : { passwordHash: passwordHash! };
    await tx.user.update({ where: { id: userId }, data: { ...data, sessionVersion: { increment: 1 } } });
    await tx.loginSession.updateMany({ where: { userId, revokedAt: null }, data: { revokedAt: now } });
    await recordAudit(tx, {
      actorId,
      action:
        change.kind === "role" ? "user.role" : change.kind === "disabled" ? (change.disabled ? "user.disable" : "user.enable") : "user.resetPassword",
      targetType: "user",
      targetId: userId,
      detail: change.kind === "role" ? { from: user.role, to: change.role } : {},
    });
    return { ok: true } as const;
  });
}
