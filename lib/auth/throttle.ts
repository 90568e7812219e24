import "server-only";
import { prisma } from "@/lib/db";

// Failed sign-ins, as Rhymix counts them: 10 failures for one account, or from one IP,
// within 15 minutes lock that account / IP out for 15 minutes — even the right password is
// refused then. Rows live in PostgreSQL so a restart or another app server sees them, and a
// success never deletes them (someone else's guesses must keep counting).
export const MAX_FAILURES = 10;
export const FAILURE_WINDOW_MS = 15 * 60 * 1000;
export const LOCKOUT_MS = 15 * 60 * 1000;

export function normalizeLoginId(loginId: string): string {
  return loginId.trim().toLowerCase().slice(0, 64);
}

export async function recordFailedLogin(loginId: string, ip: string, now: Date = new Date()): Promise<void> {
  await prisma.failedLogin.create({ data: { loginId: normalizeLoginId(loginId), ip: ip.slice(0, 64), createdAt: now } });
}

/**
 * When the newest run of MAX_FAILURES failures within FAILURE_WINDOW_MS ended at T, the key is
 * locked until T + LOCKOUT_MS. `times` are failure times, newest first.
 */
export function lockedUntil(times: readonly Date[], now: Date): Date | null {
  for (let i = 0; i + MAX_FAILURES - 1 < times.length; i++) {
    const newest = times[i]!.getTime();
    if (newest + LOCKOUT_MS <= now.getTime()) return null;
    const oldest = times[i + MAX_FAILURES - 1]!.getTime();
    if (newest - oldest < FAILURE_WINDOW_MS) return new Date(newest + LOCKOUT_MS);
  }
  return null;
}

/** The time the lockout of this account or IP ends, or null when sign-in may be tried. */
export async function loginLockedUntil(loginId: string, ip: string, now: Date = new Date()): Promise<Date | null> {
  // Failures older than lockout + window can't matter; the cap bounds a flood's cost.
  const since = new Date(now.getTime() - LOCKOUT_MS - FAILURE_WINDOW_MS);
  const take = 500;
  const [byAccount, byIp] = await Promise.all([
    prisma.failedLogin.findMany({
      where: { loginId: normalizeLoginId(loginId), createdAt: { gt: since, lte: now } },
      orderBy: { createdAt: "desc" },
      select: { createdAt: true },
      take,
    }),
    ip
      ? prisma.failedLogin.findMany({
          where: { ip, createdAt: { gt: since, lte: now } },
          orderBy: { createdAt: "desc" },
          select: { createdAt: true },
          take,
        })
      : Promise.resolve([]),
  ]);
  const a = lockedUntil(byAccount.map((r) => r.createdAt), now);
  const b = lockedUntil(byIp.map((r) => r.createdAt), now);
  if (!a) return b;
  if (!b) return a;
  return a > b ? a : b;
}
