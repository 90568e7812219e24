import { createHash, createHmac, randomBytes, timingSafeEqual } from "node:crypto";
import { authSecret } from "@/lib/auth/secret";

// "This browser signed in to this account before": a signed cookie given at every successful
// sign-in, sent back only to /api/auth. It lets its owner past the throttling that strangers'
// failed guesses cause (lib/auth/throttle.ts), and keys that device's own failures. It grants
// nothing else — the password is still checked — so losing it only costs the shortcut.
export const DEVICE_COOKIE = "ln_device";
export const DEVICE_COOKIE_PATH = "/api/auth";
export const DEVICE_MAX_AGE_S = 90 * 24 * 60 * 60;
const PURPOSE = "local-news:known-device:v1";

function sign(payload: string): string {
  return createHmac("sha256", authSecret()).update(`${PURPOSE}:${payload}`).digest("base64url");
}

/** A token for `loginId` (normalized), valid DEVICE_MAX_AGE_S from `now`. */
export function mintDeviceToken(loginId: string, now: Date = new Date()): string {
  const payload = [Buffer.from(loginId).toString("base64url"), randomBytes(9).toString("base64url"), Math.floor(now.getTime() / 1000)].join(".");
  return `${payload}.${sign(payload)}`;
}

/** The device's id when `token` is a valid, unexpired token for `loginId`; else null. */
export function knownDeviceId(token: string | undefined, loginId: string, now: Date = new Date()): string | null {
  if (!token || token.length > 300) return null;
  const parts = token.split(".");
  if (parts.length !== 4) return null;
  const [account = "", nonce = "", issued = "", mac = ""] = parts;
  const expected = Buffer.from(sign(`${account}.${nonce}.${issued}`));
  const given = Buffer.from(mac);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  if (Buffer.from(account, "base64url").toString() !== loginId) return null;
  const age = now.getTime() / 1000 - Number(issued);
  if (!Number.isFinite(age) || age < -300 || age > DEVICE_MAX_AGE_S) return null;
  return `d:${nonce}`;
}

/** The device key of a browser holding a valid session of the account. */
export function sessionDeviceId(sessionId: string): string {
  return `s:${createHash("sha256").update(sessionId).digest("base64url").slice(0, 22)}`;
}

export function serializeDeviceCookie(token: string, secure: boolean): string {
  return [`${DEVICE_COOKIE}=${token}`, `Path=${DEVICE_COOKIE_PATH}`, `Max-Age=${DEVICE_MAX_AGE_S}`, "HttpOnly", "SameSite=Lax", ...(secure ? ["Secure"] : [])].join("; ");
}

/** One cookie's value out of a Cookie header. */
export function cookieValue(header: string | undefined, name: string): string | undefined {
  for (const part of (header ?? "").split(";")) {
    const at = part.indexOf("=");
    if (at > 0 && part.slice(0, at).trim() === name) {
      const value = part.slice(at + 1).trim();
      try {
        return decodeURIComponent(value);
      } catch {
        return value;
      }
    }
  }
  return undefined;
}
