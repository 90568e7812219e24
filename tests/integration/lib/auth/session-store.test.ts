import { afterAll, beforeEach, describe, expect, it, vi } from "vitest";

vi.mock("server-only", () => ({}));

import { changePassword, signOutEverywhere } from "@/lib/auth/account";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import {
  BROWSER_SESSION_MAX_MS,
  IDLE_TIMEOUT_MS,
  PERSISTENT_LIFETIME_MS,
  createLoginSession,
  listActiveSessions,
  revokeOwnSession,
  revokeSession,
  validateSession,
} from "@/lib/auth/session-store";
import { changeUser, createUser } from "@/lib/auth/users";
import { createTestPool, createTestPrisma, truncateAll } from "../../../setup/db";

const pool = createTestPool();
const prisma = createTestPrisma();
const HOUR = 3600_000;
const DAY = 24 * HOUR;
const t0 = new Date("2026-03-02T00:00:00Z");
const at = (ms: number) => new Date(t0.getTime() + ms);

let passwordHash: string;
let admin: { id: number; sessionVersion: number };
let reporter: { id: number; sessionVersion: number };

async function open(user: { id: number; sessionVersion: number }, persistent: boolean, now = t0) {
  return createLoginSession({ userId: user.id, sessionVersion: user.sessionVersion, persistent, userAgent: "UA", ip: "10.0.0.1" }, now);
}

beforeEach(async () => {
  await truncateAll(pool);
  passwordHash ??= await hashPassword("demo1234!");
  const select = { id: true, sessionVersion: true } as const;
  admin = await prisma.user.create({ data: { loginId: "admin", displayName: "관리자", role: "ADMIN", passwordHash }, select });
  reporter = await prisma.user.create({ data: { loginId: "reporter", displayName: "기자", role: "REPORTER", passwordHash }, select });
});

afterAll(async () => {
  await prisma.$disconnect();
  await pool.end();
});

describe("session lifetime", () => {
  it("returns the user behind a fresh session", async () => {
    const sid = await open(reporter, false);
    expect(await validateSession(sid, at(1000))).toEqual({
      id: reporter.id,
      loginId: "reporter",
      displayName: "기자",
      role: "REPORTER",
      sessionId: sid,
    });
    expect(await validateSession("no-such-session", at(1000))).toBeNull();
  });

  it("ends a browser-session sign-in after 12 hours idle", async () => {
    const sid = await open(reporter, false);
    expect(await validateSession(sid, at(IDLE_TIMEOUT_MS + 1000))).toBeNull();
    const other = await open(reporter, false);
    expect(await validateSession(other, at(IDLE_TIMEOUT_MS - 1000))).not.toBeNull();
  });

  it("slides the 12-hour idle window while the session is used", async () => {
    const sid = await open(reporter, false);
    expect(await validateSession(sid, at(6 * HOUR))).not.toBeNull();
    expect(await validateSession(sid, at(17 * HOUR))).not.toBeNull();
    expect(await validateSession(sid, at(28 * HOUR))).not.toBeNull();
    expect(await validateSession(sid, at(28 * HOUR + IDLE_TIMEOUT_MS + 1000))).toBeNull();
  });

  it("caps a browser-session sign-in at 7 days even when used", async () => {
    const sid = await open(reporter, false);
    let now = 0;
    while (now + 11 * HOUR < BROWSER_SESSION_MAX_MS) {
      now += 11 * HOUR;
      expect(await validateSession(sid, at(now)), `at ${now / HOUR} h`).not.toBeNull();
    }
    expect(await validateSession(sid, at(BROWSER_SESSION_MAX_MS + 1000))).toBeNull();
  });

  it("keeps a persistent sign-in for 30 days, renewed while used", async () => {
    const sid = await open(reporter, true);
    expect(await validateSession(sid, at(29 * DAY))).not.toBeNull();
    const row = await prisma.loginSession.findUniqueOrThrow({ where: { id: sid } });
    expect(row.expiresAt.getTime()).toBe(at(29 * DAY).getTime() + PERSISTENT_LIFETIME_MS);
    expect(await validateSession(sid, at(58 * DAY))).not.toBeNull();
    expect(await validateSession(sid, at(58 * DAY + PERSISTENT_LIFETIME_MS + 1000))).toBeNull();

    const unused = await open(reporter, true);
    expect(await validateSession(unused, at(PERSISTENT_LIFETIME_MS + 1000))).toBeNull();
  });

  it("writes lastSeenAt at most once a minute", async () => {
    const sid = await open(reporter, false);
    await validateSession(sid, at(30_000));
    expect((await prisma.loginSession.findUniqueOrThrow({ where: { id: sid } })).lastSeenAt).toEqual(t0);
    await validateSession(sid, at(61_000));
    expect((await prisma.loginSession.findUniqueOrThrow({ where: { id: sid } })).lastSeenAt).toEqual(at(61_000));
  });
});

describe("revocation", () => {
  it("refuses a revoked row", async () => {
    const sid = await open(reporter, true);
    await revokeSession(sid, at(1000));
    expect(await validateSession(sid, at(2000))).toBeNull();
  });

  it("refuses every session minted before a sessionVersion bump", async () => {
    const a = await open(reporter, true);
    const b = await open(reporter, false);
    await prisma.user.update({ where: { id: reporter.id }, data: { sessionVersion: { increment: 1 } } });
    expect(await validateSession(a, at(1000))).toBeNull();
    expect(await validateSession(b, at(1000))).toBeNull();
  });

  it("refuses a disabled user's sessions, and accepts them again only after a new sign-in", async () => {
    const sid = await open(reporter, true);
    await prisma.user.update({ where: { id: reporter.id }, data: { disabled: true } });
    expect(await validateSession(sid, at(1000))).toBeNull();
  });

  it("signs out everywhere", async () => {
    const a = await open(reporter, true);
    const b = await open(reporter, false);
    const adminSession = await open(admin, false);
    await signOutEverywhere(reporter.id, at(1000));
    expect(await validateSession(a, at(2000))).toBeNull();
    expect(await validateSession(b, at(2000))).toBeNull();
    expect(await validateSession(adminSession, at(2000))).not.toBeNull();
    const audit = await prisma.auditLog.findMany({ where: { targetType: "user", targetId: String(reporter.id) } });
    expect(audit.map((a) => a.action)).toEqual(["user.signOutEverywhere"]);
  });

  it("changing the password keeps this session and ends the others", async () => {
    const here = await open(reporter, false);
    const elsewhere = await open(reporter, true);
    expect(await changePassword(reporter.id, here, "wrong", "new-password-1", at(1000))).toBe("wrong-password");
    expect(await validateSession(elsewhere, at(1500))).not.toBeNull();

    expect(await changePassword(reporter.id, here, "demo1234!", "new-password-1", at(2000))).toBe("ok");
    expect(await validateSession(here, at(3000))).not.toBeNull();
    expect(await validateSession(elsewhere, at(3000))).toBeNull();
    const user = await prisma.user.findUniqueOrThrow({ where: { id: reporter.id } });
    expect(await verifyPassword(user.passwordHash, "new-password-1")).toBe(true);
  });

  it("slows down guessing the current password on the change form (audit: password change not throttled)", async () => {
    const here = await open(reporter, false);
    for (let i = 0; i < 5; i++) {
      expect(await changePassword(reporter.id, here, `guess-${i}`, "new-password-2", at(1000 + i))).toBe("wrong-password");
    }
    // Even the right current password waits now; the guesses were rows, so every server agrees.
    expect(await changePassword(reporter.id, here, "demo1234!", "new-password-2", at(2000))).toBe("throttled");
    expect(await changePassword(reporter.id, here, "demo1234!", "new-password-2", at(2000 + 31_000))).toBe("ok");
  });

  it("ends one's own session only", async () => {
    const mine = await open(reporter, false);
    const theirs = await open(admin, false);
    expect(await revokeOwnSession(reporter.id, theirs)).toBe(false);
    expect(await validateSession(theirs, at(1000))).not.toBeNull();
    expect(await revokeOwnSession(reporter.id, mine)).toBe(true);
    expect(await validateSession(mine, at(1000))).toBeNull();
  });

  it("lists only live sessions", async () => {
    const live = await open(reporter, true, new Date());
    const revoked = await open(reporter, true, new Date());
    await revokeSession(revoked);
    await open(reporter, false, new Date(Date.now() - 2 * IDLE_TIMEOUT_MS));
    const listed = await listActiveSessions(reporter.id);
    expect(listed.map((s) => s.id)).toEqual([live]);
  });
});

describe("admin changes to a user", () => {
  it("a role change ends the user's sessions and is audited", async () => {
    const sid = await open(reporter, true);
    expect(await changeUser(admin.id, reporter.id, { kind: "role", role: "EDITOR" }, at(1000))).toEqual({ ok: true });
    expect(await validateSession(sid, at(2000))).toBeNull();
    const log = await prisma.auditLog.findFirstOrThrow({ where: { action: "user.role" } });
    expect(log).toMatchObject({ actorId: admin.id, targetType: "user", targetId: String(reporter.id), detail: { from: "REPORTER", to: "EDITOR" } });
  });

  it("disabling ends the user's sessions; enabling doesn't bring them back", async () => {
    const sid = await open(reporter, true);
    await changeUser(admin.id, reporter.id, { kind: "disabled", disabled: true }, at(1000));
    expect(await validateSession(sid, at(2000))).toBeNull();
    await changeUser(admin.id, reporter.id, { kind: "disabled", disabled: false }, at(3000));
    expect(await validateSession(sid, at(4000))).toBeNull();
    const actions = (await prisma.auditLog.findMany({ orderBy: { id: "asc" } })).map((l) => l.action);
    expect(actions).toEqual(["user.disable", "user.enable"]);
  });

  it("a password reset ends the user's sessions", async () => {
    const sid = await open(reporter, false);
    await changeUser(admin.id, reporter.id, { kind: "password", password: "reset-pass-1" }, at(1000));
    expect(await validateSession(sid, at(2000))).toBeNull();
    expect(await prisma.auditLog.count({ where: { action: "user.resetPassword" } })).toBe(1);
  });

  it("refuses to demote or disable oneself, or the last admin", async () => {
    expect(await changeUser(admin.id, admin.id, { kind: "role", role: "EDITOR" })).toEqual({ ok: false, error: "self" });
    const other = await prisma.user.create({ data: { loginId: "admin2", displayName: "관리자2", role: "ADMIN", passwordHash } });
    expect(await changeUser(other.id, admin.id, { kind: "disabled", disabled: true })).toEqual({ ok: true });
    expect(await changeUser(admin.id, other.id, { kind: "role", role: "REPORTER" })).toEqual({ ok: false, error: "last-admin" });
    expect(await changeUser(admin.id, 99999, { kind: "role", role: "REPORTER" })).toEqual({ ok: false, error: "missing" });
  });

  it("creates users with unique ids, audited", async () => {
    expect(await createUser(admin.id, { loginId: "newbie", displayName: "신입", role: "REPORTER", password: "newbie-pass" })).toEqual({ ok: true });
    expect(await createUser(admin.id, { loginId: "NEWBIE", displayName: "x", role: "REPORTER", password: "newbie-pass" })).toEqual({
      ok: false,
      error: "login-taken",
    });
    expect(await prisma.auditLog.count({ where: { action: "user.create" } })).toBe(1);
  });
});
