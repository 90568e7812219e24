import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";

vi.mock("server-only", () => ({}));
// The real Argon2, observed: an unknown id must cost a verification like a known one.
vi.mock("@/lib/auth/password", async (importOriginal) => {
  const real = await importOriginal<typeof import("@/lib/auth/password")>();
  return { ...real, verifyPassword: vi.fn(real.verifyPassword) };
});

import { attemptLogin, type LoginAttempt } from "@/lib/auth/login";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { ACCOUNT_FREE, ACCOUNT_SOURCE_FREE, SOURCE_FREE, WINDOW_MS, delayAfter, listThrottledAccounts } from "@/lib/auth/throttle";
import { createTestPool, createTestPrisma, truncateAll } from "../../../setup/db";

const pool = createTestPool();
const prisma = createTestPrisma();
const t0 = new Date("2026-03-02T00:00:00Z");
const at = (ms: number) => new Date(t0.getTime() + ms);
const MIN = 60_000;
let passwordHash: string;

const RIGHT = "demo1234!";
function attempt(loginId: string, password: string, ip: string, device: string | null = null): LoginAttempt {
  return { loginId, password, ip, persistent: false, userAgent: "vitest", device };
}
const SEC = 1000;

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

describe("throttling: slow down, never a lockout switch (audit findings 4 and 5)", () => {
  it("delays grow from 30 s and stop at 15 minutes", () => {
    expect(delayAfter(ACCOUNT_SOURCE_FREE - 1, ACCOUNT_SOURCE_FREE)).toBe(0);
    expect(delayAfter(ACCOUNT_SOURCE_FREE, ACCOUNT_SOURCE_FREE)).toBe(30 * SEC);
    expect(delayAfter(ACCOUNT_SOURCE_FREE + 1, ACCOUNT_SOURCE_FREE)).toBe(60 * SEC);
    expect(delayAfter(ACCOUNT_SOURCE_FREE + 20, ACCOUNT_SOURCE_FREE)).toBe(15 * MIN);
  });

  it(`slows one account and address down after ${ACCOUNT_SOURCE_FREE} failures, for a while, not for good`, async () => {
    for (let i = 0; i < ACCOUNT_SOURCE_FREE; i++) {
      expect(await attemptLogin(attempt("reporter", "wrong", "10.0.0.7"), at(i * SEC))).toEqual({ ok: false, code: "INVALID" });
    }
    const last = (ACCOUNT_SOURCE_FREE - 1) * SEC;
    expect(await attemptLogin(attempt("reporter", RIGHT, "10.0.0.7"), at(last + 10 * SEC))).toEqual({ ok: false, code: "THROTTLED" });
    // The same person from another address, and everyone else, are not held up.
    expect((await attemptLogin(attempt("reporter", RIGHT, "10.0.0.8"), at(last + 11 * SEC))).ok).toBe(true);
    expect((await attemptLogin(attempt("reporter", RIGHT, "10.0.0.7"), at(last + 31 * SEC))).ok).toBe(true);
  });

  it("lets the owner's known device in while someone hammers the account from many addresses", async () => {
    for (let i = 0; i < ACCOUNT_FREE * 3; i++) {
      expect((await attemptLogin(attempt("editor", `guess-${i}`, `203.0.113.${i + 1}`), at(i * SEC))).ok).toBe(false);
    }
    const after = at(ACCOUNT_FREE * 3 * SEC);
    // A device that signed in to this account before: straight in.
    expect((await attemptLogin(attempt("editor", RIGHT, "198.51.100.1", "dev-editor-laptop"), after)).ok).toBe(true);
    // An unknown device waits, even with the right password, while the guessing goes on.
    expect(await attemptLogin(attempt("editor", RIGHT, "198.51.100.2"), after)).toEqual({ ok: false, code: "THROTTLED" });
    // …for a while: the delay runs from the last guess and is capped.
    expect((await attemptLogin(attempt("editor", RIGHT, "198.51.100.2"), new Date(after.getTime() + 15 * MIN + SEC))).ok).toBe(true);
  });

  it("a known device's own mistakes count against that device only", async () => {
    for (let i = 0; i < ACCOUNT_SOURCE_FREE; i++) await attemptLogin(attempt("editor", "wrong", "10.1.1.1", "dev-a"), at(i * SEC));
    expect(await attemptLogin(attempt("editor", RIGHT, "10.1.1.1", "dev-a"), at(10 * SEC))).toEqual({ ok: false, code: "THROTTLED" });
    expect((await attemptLogin(attempt("editor", RIGHT, "10.1.1.1", "dev-b"), at(10 * SEC))).ok).toBe(true);
    expect((await attemptLogin(attempt("editor", RIGHT, "10.1.1.1"), at(10 * SEC))).ok).toBe(true);
  });

  it(`slows down one address guessing many accounts (${SOURCE_FREE} failures), not the accounts`, async () => {
    for (let i = 0; i < SOURCE_FREE; i++) await attemptLogin(attempt(`guess${i}`, "wrong", "203.0.113.9"), at(i * SEC));
    expect(await attemptLogin(attempt("editor", RIGHT, "203.0.113.9"), at(SOURCE_FREE * SEC))).toEqual({ ok: false, code: "THROTTLED" });
    expect((await attemptLogin(attempt("editor", RIGHT, "198.51.100.1"), at(SOURCE_FREE * SEC))).ok).toBe(true);
  });

  it("forgets failures older than the window", async () => {
    for (let i = 0; i < ACCOUNT_FREE; i++) await attemptLogin(attempt("reporter", "wrong", `10.0.3.${i}`), at(i * SEC));
    expect((await attemptLogin(attempt("reporter", RIGHT, "10.0.3.99"), at(WINDOW_MS + 20 * SEC))).ok).toBe(true);
  });

  it("holds across restarts: the failures are rows, not memory", async () => {
    const rows = Array.from({ length: ACCOUNT_FREE }, (_, i) => ({ loginId: "editor", ip: `10.9.0.${i}`, createdAt: at(i * 1000) }));
    await prisma.failedLogin.createMany({ data: rows });
    expect(await attemptLogin(attempt("editor", RIGHT, "10.9.1.1"), at(ACCOUNT_FREE * SEC))).toEqual({ ok: false, code: "THROTTLED" });
  });

  it("tells the admins once per episode: an audit row, and the account in the list of targets", async () => {
    for (let i = 0; i < ACCOUNT_FREE + 5; i++) await attemptLogin(attempt("reporter", `guess-${i}`, `203.0.113.${i + 1}`), at(i * SEC));
    const audit = await prisma.auditLog.findMany({ where: { action: "auth.throttled" } });
    expect(audit).toHaveLength(1);
    expect(audit[0]!.detail).toMatchObject({ loginId: "reporter", scope: "account" });
    const targets = await listThrottledAccounts(at((ACCOUNT_FREE + 5) * SEC));
    // Attempts refused while slowed down are not failures: the count stops at the limit.
    expect(targets).toEqual([expect.objectContaining({ loginId: "reporter", failures: ACCOUNT_FREE, sources: ACCOUNT_FREE })]);
  });
});
