import "server-only";
import { randomBytes } from "node:crypto";
import { prisma } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session-types";

// Server-side truth about sign-ins: one login_sessions row per sign-in, checked on every
// request. next-auth's JWT alone can be neither revoked nor given a per-login lifetime.
export const IDLE_TIMEOUT_MS = 12 * 60 * 60 * 1000;
export const PERSISTENT_LIFETIME_MS = 30 * 24 * 60 * 60 * 1000;
/** A browser-session cookie can outlive "closing the browser" (restored tabs), so cap it. */
export const BROWSER_SESSION_MAX_MS = 7 * 24 * 60 * 60 * 1000;
/** lastSeenAt is written at most this often, so reading pages doesn't write on every request. */
export const TOUCH_INTERVAL_MS = 60 * 1000;

export function nextExpiry(session: { persistent: boolean; createdAt: Date }, now: Date): Date {
  if (session.persistent) return new Date(now.getTime() + PERSISTENT_LIFETIME_MS);
  const idle = now.getTime() + IDLE_TIMEOUT_MS;
  const absolute = session.createdAt.getTime() + BROWSER_SESSION_MAX_MS;
  return new Date(Math.min(idle, absolute));
}

export type NewSession = {
  userId: number;
  sessionVersion: number;
  persistent: boolean;
  userAgent: string;
  ip: string;
};

export async function createLoginSession(input: NewSession, now: Date = new Date()): Promise<string> {
  const id = randomBytes(32).toString("base64url");
  await prisma.loginSession.create({
    data: {
      id,
      userId: input.userId,
      persistent: input.persistent,
      sessionVersion: input.sessionVersion,
      userAgent: input.userAgent.slice(0, 500),
      ip: input.ip.slice(0, 64),
      createdAt: now,
      lastSeenAt: now,
      expiresAt: nextExpiry({ persistent: input.persistent, createdAt: now }, now),
    },
  });
  return id;
}

/**
 * The signed-in user behind `sessionId`, or null when the session is unknown, revoked,
 * expired (idle or absolute), minted before the user's last session-version bump (password,
 * role or status change, "sign out everywhere"), or the user is disabled. Slides the
 * expiry forward while the session is used.
 */
export async function validateSession(sessionId: string, now: Date = new Date()): Promise<SessionUser | null> {
  const row = await prisma.loginSession.findUnique({
    where: { id: sessionId },
    select: {
      id: true,
      persistent: true,
      sessionVersion: true,
      createdAt: true,
      lastSeenAt: true,
      expiresAt: true,
      revokedAt: true,
      user: { select: { id: true, loginId: true, displayName: true, role: true, disabled: true, sessionVersion: true } },
    },
  });
  if (!row || row.revokedAt || row.expiresAt.getTime() <= now.getTime()) return null;
  const { user } = row;
  if (user.disabled || user.sessionVersion !== row.sessionVersion) return null;
  if (!row.persistent && now.getTime() - row.createdAt.getTime() >= BROWSER_SESSION_MAX_MS) return null;

  if (now.getTime() - row.lastSeenAt.getTime() >= TOUCH_INTERVAL_MS) {
    await prisma.loginSession.updateMany({
      where: { id: row.id, revokedAt: null },
      data: { lastSeenAt: now, expiresAt: nextExpiry(row, now) },
    });
  }
  return { id: user.id, loginId: user.loginId, displayName: user.displayName, role: user.role, sessionId: row.id };
}

export async function revokeSession(sessionId: string, now: Date = new Date()): Promise<void> {
  await prisma.loginSession.updateMany({ where: { id: sessionId, revokedAt: null }, data: { revokedAt: now } });
}

/** Ends one of the user's own sessions; false when it isn't theirs (or already ended). */
export async function revokeOwnSession(userId: number, sessionId: string, now: Date = new Date()): Promise<boolean> {
  const { count } = await prisma.loginSession.updateMany({
    where: { id: sessionId, userId, revokedAt: null },
    data: { revokedAt: now },
  });
  return count > 0;
}

export type ActiveSession = {
  id: string;
  persistent: boolean;
  userAgent: string;
  ip: string;
  createdAt: Date;
  lastSeenAt: Date;
};

export async function listActiveSessions(userId: number, now: Date = new Date()): Promise<ActiveSession[]> {
  const user = await prisma.user.findUnique({ where: { id: userId }, select: { sessionVersion: true } });
  if (!user) return [];
  return prisma.loginSession.findMany({
    where: { userId, revokedAt: null, expiresAt: { gt: now }, sessionVersion: user.sessionVersion },
    orderBy: { lastSeenAt: "desc" },
    select: { id: true, persistent: true, userAgent: true, ip: true, createdAt: true, lastSeenAt: true },
  });
}

/** Ended sessions are kept this long (for the account page's history and audits), then deleted. */
export const ENDED_SESSION_RETENTION_MS = 30 * 24 * 60 * 60 * 1000;

/** Deletes sessions that expired or were revoked over ENDED_SESSION_RETENTION_MS ago (the worker's cleanup). */
export async function forgetEndedSessions(now: Date = new Date()): Promise<number> {
  const before = new Date(now.getTime() - ENDED_SESSION_RETENTION_MS);
  const { count } = await prisma.loginSession.deleteMany({ where: { OR: [{ expiresAt: { lt: before } }, { revokedAt: { lt: before } }] } });
  return count;
}

