import "server-only";
import { prisma } from "@/lib/db";
import { recordAudit } from "@/lib/audit";
import { sessionDeviceId } from "@/lib/auth/device";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { recordFailedLogin, throttledUntil } from "@/lib/auth/throttle";

// The signed-in user's own account: password and sign-out-everywhere. Both bump the user's
// sessionVersion, which ends every session minted under the old one at its next request.

/** Ends all of the user's sessions, this one included. */
export async function signOutEverywhere(userId: number, now: Date = new Date()): Promise<void> {
  await prisma.$transaction(async (tx) => {
    await tx.user.update({ where: { id: userId }, data: { sessionVersion: { increment: 1 } } });
    await tx.loginSession.updateMany({ where: { userId, revokedAt: null }, data: { revokedAt: now } });
    await recordAudit(tx, { actorId: userId, action: "user.signOutEverywhere", targetType: "user", targetId: userId });
  });
}

/**
 * Changes the password after checking the current one. Every other session ends; the
 * current one is re-stamped with the new version so the user stays signed in here. Wrong
 * current passwords are throttled like sign-ins, per session (someone at an unlocked screen
 * must not get unlimited guesses).
 */
export async function changePassword(
  userId: number,
  currentSessionId: string,
  currentPassword: string,
  newPassword: string,
  now: Date = new Date(),
): Promise<"ok" | "wrong-password" | "throttled"> {
  const user = await prisma.user.findUnique({ where: { id: userId }, select: { passwordHash: true, loginId: true } });
  if (!user) return "wrong-password";
  const key = { loginId: user.loginId, ip: "password-change", device: sessionDeviceId(currentSessionId) };
  if (await throttledUntil(key, now)) return "throttled";
  if (!(await verifyPassword(user.passwordHash, currentPassword))) {
    await recordFailedLogin(key, now);
    return "wrong-password";
  }
  const passwordHash = await hashPassword(newPassword);
  await prisma.$transaction(async (tx) => {
    const updated = await tx.user.update({
      where: { id: userId },
      data: { passwordHash, sessionVersion: { increment: 1 } },
      select: { sessionVersion: true },
    });
    await tx.loginSession.updateMany({
      where: { userId, revokedAt: null, id: { not: currentSessionId } },
      data: { revokedAt: now },
    });
    await tx.loginSession.updateMany({
      where: { id: currentSessionId, userId, revokedAt: null },
      data: { sessionVersion: updated.sessionVersion },
    });
    await recordAudit(tx, { actorId: userId, action: "user.passwordChange", targetType: "user", targetId: userId });
  });
  return "ok";
}
