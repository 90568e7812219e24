import "server-only";
import { prisma } from "@/lib/db";
import { hashPassword, verifyPassword, MAX_PASSWORD_LENGTH } from "@/lib/auth/password";
import { createLoginSession } from "@/lib/auth/session-store";
import { normalizeLoginId, recordFailedLogin, throttledUntil } from "@/lib/auth/throttle";

export type LoginAttempt = {
  loginId: string;
  password: string;
  persistent: boolean;
  ip: string;
  userAgent: string;
  /** A verified known device of this account (lib/auth/device.ts), or null. */
  device?: string | null;
};

export type LoginResult =
  | { ok: true; sessionId: string; userId: number; persistent: boolean }
  | { ok: false; code: "INVALID" | "THROTTLED" | "MISSING" };

// Verified against when the id doesn't exist, so an unknown id costs the same Argon2 time
// as a wrong password and timing doesn't reveal which ids exist.
let dummyHash: Promise<string> | undefined;
function getDummyHash(): Promise<string> {
  dummyHash ??= hashPassword("not-a-real-password-only-for-timing");
  return dummyHash;
}

/** The whole sign-in decision: throttle, verify, record the failure or open a session. */
export async function attemptLogin(input: LoginAttempt, now: Date = new Date()): Promise<LoginResult> {
  const loginId = normalizeLoginId(input.loginId);
  if (!loginId || !input.password) return { ok: false, code: "MISSING" };

  const key = { loginId, ip: input.ip, device: input.device ?? null };
  if (await throttledUntil(key, now)) return { ok: false, code: "THROTTLED" };

  const user = await prisma.user.findFirst({
    where: { loginId: { equals: loginId, mode: "insensitive" } },
    select: { id: true, passwordHash: true, disabled: true, sessionVersion: true },
  });
  const password = input.password.slice(0, MAX_PASSWORD_LENGTH + 1);
  const valid = user
    ? await verifyPassword(user.passwordHash, password)
    : (await verifyPassword(await getDummyHash(), password), false);

  // A disabled account answers exactly like a wrong password.
  if (!user || !valid || user.disabled) {
    await recordFailedLogin(key, now);
    return { ok: false, code: "INVALID" };
  }

  const sessionId = await createLoginSession(
    {
      userId: user.id,
      sessionVersion: user.sessionVersion,
      persistent: input.persistent,
      userAgent: input.userAgent,
      ip: input.ip,
    },
    now,
  );
  return { ok: true, sessionId, userId: user.id, persistent: input.persistent };
}
