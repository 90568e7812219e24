import "server-only";
import { prisma } from "@/lib/db";
import { recordAudit } from "@/lib/audit";

// Failed sign-ins slow the guesser down; they never lock an account. A hard lockout (the old
// "10 failures lock the account for 15 minutes") hands anyone a switch to keep any account —
// the only admin's included — shut. Instead each failure is a row (PostgreSQL: every server
// and a restart see it) and three counts over the last WINDOW_MS each allow a few free tries,
// then a delay that doubles with every further failure, from 30 s up to 15 minutes, measured
// from the newest failure:
//   - this account from this address (or from this known device): ACCOUNT_SOURCE_FREE;
//   - this address across accounts (password spraying): SOURCE_FREE;
//   - this account from unknown devices, whatever their addresses: ACCOUNT_FREE.
// A known device — one that signed in to this account before (lib/auth/device.ts) or holds a
// valid session of it — skips the last two: its owner gets in while strangers guess, and its
// own mistakes count against it alone. The first time a count reaches its limit in a window,
// the admins get an audit row and a notice on /editor/users.
export const WINDOW_MS = 15 * 60 * 1000;
export const ACCOUNT_SOURCE_FREE = 5;
export const SOURCE_FREE = 20;
export const ACCOUNT_FREE = 10;
const FIRST_DELAY_MS = 30 * 1000;
const MAX_DELAY_MS = 15 * 60 * 1000;

export function normalizeLoginId(loginId: string): string {
  // Control characters (NUL above all, which PostgreSQL refuses) are never part of an id.
  return loginId.replace(/[\u0000-\u001f\u007f]/g, "").trim().toLowerCase().slice(0, 64);
}

/** How long to wait after the newest of `failures` failures when `free` are allowed. */
export function delayAfter(failures: number, free: number): number {
  if (failures < free) return 0;
  return Math.min(MAX_DELAY_MS, FIRST_DELAY_MS * 2 ** Math.min(failures - free, 20));
}

export type ThrottleKey = { loginId: string; ip: string; device: string | null };

type Counts = {
  account_source: number;
  account_source_last: Date | null;
  source: number;
  source_last: Date | null;
  account: number;
  account_last: Date | null;
};

async function countFailures(key: ThrottleKey, now: Date): Promise<Counts> {
  const since = new Date(now.getTime() - WINDOW_MS);
  const loginId = normalizeLoginId(key.loginId);
  // With a device, "this account from here" means from that device; without, from this address.
  const rows = await prisma.$queryRaw<Counts[]>`
    SELECT count(*) FILTER (WHERE mine)::int AS account_source,
           max(created_at) FILTER (WHERE mine) AS account_source_last,
           count(*) FILTER (WHERE ip = ${key.ip} AND device IS NULL)::int AS source,
           max(created_at) FILTER (WHERE ip = ${key.ip} AND device IS NULL) AS source_last,
           count(*) FILTER (WHERE login_id = ${loginId} AND device IS NULL)::int AS account,
           max(created_at) FILTER (WHERE login_id = ${loginId} AND device IS NULL) AS account_last
      FROM (SELECT ip, device, login_id, created_at,
                   login_id = ${loginId} AND (CASE WHEN ${key.device}::text IS NULL THEN device IS NULL AND ip = ${key.ip} ELSE device = ${key.device}::text END) AS mine
              FROM failed_logins
             WHERE created_at > ${since} AND created_at <= ${now} AND (login_id = ${loginId} OR ip = ${key.ip})) f`;
  return rows[0] ?? { account_source: 0, account_source_last: null, source: 0, source_last: null, account: 0, account_last: null };
}

function until(last: Date | null, failures: number, free: number): number {
  return last ? last.getTime() + delayAfter(failures, free) : 0;
}

/** When the next attempt for `key` may be made, or null when it may be made now. */
export async function throttledUntil(key: ThrottleKey, now: Date = new Date()): Promise<Date | null> {
  const c = await countFailures(key, now);
  const times = [until(c.account_source_last, c.account_source, ACCOUNT_SOURCE_FREE)];
  if (!key.device) times.push(until(c.source_last, c.source, SOURCE_FREE), until(c.account_last, c.account, ACCOUNT_FREE));
  const latest = Math.max(...times);
  return latest > now.getTime() ? new Date(latest) : null;
}

/** Records a failure; the first one that reaches a limit in a window is reported to the admins. */
export async function recordFailedLogin(key: ThrottleKey, now: Date = new Date()): Promise<void> {
  const loginId = normalizeLoginId(key.loginId);
  await prisma.failedLogin.create({ data: { loginId, ip: key.ip.slice(0, 64), device: key.device?.slice(0, 64) ?? null, createdAt: now } });
  if (key.device) return;
  const c = await countFailures(key, now);
  if (c.account === ACCOUNT_FREE) await report({ scope: "account", loginId, failures: c.account }, now);
  if (c.source === SOURCE_FREE) await report({ scope: "source", loginId, ip: key.ip, failures: c.source }, now);
}

async function report(detail: { scope: "account" | "source"; loginId: string; ip?: string; failures: number }, now: Date): Promise<void> {
  const target = detail.scope === "account" ? detail.loginId : (detail.ip ?? "");
  const recent = await prisma.auditLog.count({
    where: { action: "auth.throttled", targetType: detail.scope, targetId: target, createdAt: { gt: new Date(now.getTime() - WINDOW_MS) } },
  });
  if (recent > 0) return;
  await recordAudit(prisma, { actorId: null, action: "auth.throttled", targetType: detail.scope, targetId: target, detail });
}

export type ThrottledAccount = { loginId: string; failures: number; sources: number; lastAt: Date };

/** Existing accounts that unknown devices failed to sign in to at least ACCOUNT_FREE times lately. */
export async function listThrottledAccounts(now: Date = new Date()): Promise<ThrottledAccount[]> {
  const rows = await prisma.$queryRaw<Array<{ login_id: string; failures: number; sources: number; last_at: Date }>>`
    SELECT f.login_id, count(*)::int AS failures, count(DISTINCT f.ip)::int AS sources, max(f.created_at) AS last_at
      FROM failed_logins f
     WHERE f.created_at > ${new Date(now.getTime() - WINDOW_MS)} AND f.created_at <= ${now} AND f.device IS NULL
       AND EXISTS (SELECT 1 FROM users u WHERE lower(u.login_id) = f.login_id)
     GROUP BY f.login_id
    HAVING count(*) >= ${ACCOUNT_FREE}
     ORDER BY count(*) DESC
     LIMIT 20`;
  return rows.map((r) => ({ loginId: r.login_id, failures: r.failures, sources: r.sources, lastAt: r.last_at }));
}

/** Deletes failures that can no longer count (the worker's cleanup). */
export async function forgetOldFailures(now: Date = new Date()): Promise<number> {
  const { count } = await prisma.failedLogin.deleteMany({ where: { createdAt: { lt: new Date(now.getTime() - WINDOW_MS - 60_000) } } });
  return count;
}
