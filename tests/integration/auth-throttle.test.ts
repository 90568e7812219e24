import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";

vi.mock("server-only", () => ({}));
// The real Argon2, observed: an unknown id must cost a verification like a known one.
vi.mock("@/lib/auth/password", async (importOriginal) => {
  const real = await importOriginal<typeof import("@/lib/auth/password")>();
  return { ...real, verifyPassword: vi.fn(real.verifyPassword) };
});

import { attemptLogin, type LoginAttempt } from "@/lib/auth/login";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { FAILURE_WINDOW_MS, LOCKOUT_MS, MAX_FAILURES, lockedUntil } from "@/lib/auth/throttle";
import { createTestPool, createTestPrisma, truncateAll } from "../setup/db";

const pool = createTestPool();
const prisma = createTestPrisma();
const t0 = new Date("2026-03-02T00:00:00Z");
const at = (ms: number) => new Date(t0.getTime() + ms);
const MIN = 60_000;
let passwordHash: string;

const RIGHT = "demo1234!";
function attempt(loginId: string, password: string, ip: string): LoginAttempt {
  return { loginId, password, ip, persistent: false, userAgent: "vitest" };
}

beforeAll(async () => {
  passwordHash = await hashPassword(RIGHT);
});

beforeEach(async () => {
  await truncateAll(pool);
  await prisma.user.create({ data: { loginId: "reporter", displayName: "기자", role: "REPORTER", passwordHash } });
  await prisma.user.create({ data: { loginId: "editor", displayName: "편집자", role: "EDITOR", passwordHash } });
});

afterAll(async () => {
  await prisma.$disconnect();
  await pool.end();
});

describe("sign-in", () => {
  it("opens a session with the right password (id case-insensitive)", async () => {
    const result = await attemptLogin({ ...attempt("Reporter", RIGHT, "10.0.0.1"), persistent: true }, t0);
    expect(result).toMatchObject({ ok: true, persistent: true });
    const row = await prisma.loginSession.findFirstOrThrow();
    expect(row).toMatchObject({ persistent: true, ip: "10.0.0.1", userAgent: "vitest" });
  });

  it("answers the same for an unknown id and a wrong password, and records both", async () => {
    expect(await attemptLogin(attempt("reporter", "wrong", "10.0.0.1"), t0)).toEqual({ ok: false, code: "INVALID" });
    expect(await attemptLogin(attempt("nobody", "wrong", "10.0.0.1"), t0)).toEqual({ ok: false, code: "INVALID" });
    const rows = await prisma.failedLogin.findMany({ orderBy: { id: "asc" } });
    expect(rows.map((r) => r.loginId)).toEqual(["reporter", "nobody"]);
  });

  it("refuses a disabled account with the generic message", async () => {
    await prisma.user.update({ where: { loginId: "reporter" }, data: { disabled: true } });
    expect(await attemptLogin(attempt("reporter", RIGHT, "10.0.0.1"), t0)).toEqual({ ok: false, code: "INVALID" });
  });

  it("verifies an Argon2 hash for an unknown id too, so timing doesn't tell which ids exist", async () => {
    const verify = vi.mocked(verifyPassword);
    verify.mockClear();
    await attemptLogin(attempt("nobody", "wrong", "10.1.0.1"), t0);
    expect(verify).toHaveBeenCalledTimes(1);
    expect(verify.mock.calls[0]![0]).toMatch(/^\$argon2id\$/);
    verify.mockClear();
    await attemptLogin(attempt("reporter", "wrong", "10.1.0.1"), t0);
    expect(verify).toHaveBeenCalledTimes(1);
  });
});

describe("throttling", () => {
  it(`locks an account after ${MAX_FAILURES} failures within 15 minutes, even with the right password`, async () => {
    // From a different IP each time: only the per-account rule can trigger.
    for (let i = 0; i < MAX_FAILURES - 1; i++) {
      expect((await attemptLogin(attempt("reporter", "wrong", `10.0.1.${i}`), at(i * MIN))).ok).toBe(false);
    }
    // 9 failures: still open, and a success doesn't erase them.
    expect((await attemptLogin(attempt("reporter", RIGHT, "10.0.2.1"), at(9 * MIN))).ok).toBe(true);
    expect(await attemptLogin(attempt("reporter", "wrong", "10.0.1.99"), at(10 * MIN))).toEqual({ ok: false, code: "INVALID" });

    expect(await attemptLogin(attempt("reporter", RIGHT, "10.0.2.2"), at(10 * MIN + 1000))).toEqual({ ok: false, code: "THROTTLED" });
    expect(await attemptLogin(attempt("REPORTER", RIGHT, "10.0.2.3"), at(24 * MIN))).toEqual({ ok: false, code: "THROTTLED" });
    // Other accounts are untouched.
    expect((await attemptLogin(attempt("editor", RIGHT, "10.0.2.4"), at(11 * MIN))).ok).toBe(true);
    // 15 minutes after the 10th failure the account opens again.
    expect((await attemptLogin(attempt("reporter", RIGHT, "10.0.2.5"), at(10 * MIN + LOCKOUT_MS + 1000))).ok).toBe(true);
  });

  it(`locks an IP after ${MAX_FAILURES} failures within 15 minutes, whatever ids it tried`, async () => {
    for (let i = 0; i < MAX_FAILURES; i++) {
      await attemptLogin(attempt(`guess${i}`, "wrong", "203.0.113.9"), at(i * 1000));
    }
    expect(await attemptLogin(attempt("editor", RIGHT, "203.0.113.9"), at(20_000))).toEqual({ ok: false, code: "THROTTLED" });
    expect((await attemptLogin(attempt("editor", RIGHT, "198.51.100.1"), at(20_000))).ok).toBe(true);
    expect((await attemptLogin(attempt("editor", RIGHT, "203.0.113.9"), at(9000 + LOCKOUT_MS + 1000))).ok).toBe(true);
  });

  it("doesn't count failures spread over more than 15 minutes", async () => {
    for (let i = 0; i < MAX_FAILURES; i++) {
      await attemptLogin(attempt("reporter", "wrong", `10.0.3.${i}`), at(i * 2 * MIN));
    }
    expect((await attemptLogin(attempt("reporter", RIGHT, "10.0.3.99"), at(19 * MIN))).ok).toBe(true);
  });

  it("holds across restarts: the failures are rows, not memory", async () => {
    const rows = Array.from({ length: MAX_FAILURES }, (_, i) => ({ loginId: "editor", ip: `10.9.0.${i}`, createdAt: at(i * 1000) }));
    await prisma.failedLogin.createMany({ data: rows });
    expect(await attemptLogin(attempt("editor", RIGHT, "10.9.1.1"), at(MIN))).toEqual({ ok: false, code: "THROTTLED" });
  });

  it("computes the lockout end from the newest run of failures", () => {
    const times = (offsets: number[]) => offsets.map((o) => at(o)).sort((a, b) => b.getTime() - a.getTime());
    const ten = Array.from({ length: 10 }, (_, i) => i * MIN);
    expect(lockedUntil(times(ten), at(10 * MIN))).toEqual(at(9 * MIN + LOCKOUT_MS));
    expect(lockedUntil(times(ten), at(9 * MIN + LOCKOUT_MS))).toBeNull();
    expect(lockedUntil(times(ten.slice(1)), at(10 * MIN))).toBeNull();
    const spread = Array.from({ length: 10 }, (_, i) => i * (FAILURE_WINDOW_MS / 9 + 1000));
    expect(lockedUntil(times(spread), at(16 * MIN))).toBeNull();
  });
});
