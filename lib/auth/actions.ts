"use server";
import { cookies } from "next/headers";
import { z } from "zod";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { changePassword, signOutEverywhere } from "@/lib/auth/account";
import { SESSION_COOKIE } from "@/lib/auth/cookie";
import { isAuthError } from "@/lib/auth/errors";
import { authorize } from "@/lib/auth/permissions";
import { changePasswordSchema, type FormState } from "@/lib/auth/schemas";
import { revokeOwnSession, revokeSession } from "@/lib/auth/session-store";
import { decodeSessionToken } from "@/lib/auth/next-auth-seam";
import { auth as authText } from "@/lib/strings/auth";

// The signed-in user's own session actions. Server actions are public endpoints: each one
// finds the user from the session row itself.

async function clearSessionCookie(): Promise<void> {
  (await cookies()).delete(SESSION_COOKIE);
}

/** `로그아웃`: ends this session row (not just the cookie) and returns to /login. */
export async function signOutAction(): Promise<void> {
  const jar = await cookies();
  const claims = await decodeSessionToken(jar.get(SESSION_COOKIE)?.value);
  if (claims) await revokeSession(claims.sid);
  await clearSessionCookie();
  redirect("/login");
}

/** `모든 기기에서 로그아웃`. */
export async function signOutEverywhereAction(): Promise<void> {
  try {
    const user = await authorize("session.manageOwn");
    await signOutEverywhere(user.id);
  } catch (error) {
    if (!isAuthError(error)) throw error;
  }
  await clearSessionCookie();
  redirect("/login");
}

/** Ends one of the user's own sessions (the account page's per-device `종료`). */
export async function endSessionAction(formData: FormData): Promise<void> {
  if (!(formData instanceof FormData)) return;
  const sessionId = formData.get("sessionId");
  let user;
  try {
    user = await authorize("session.manageOwn");
  } catch (error) {
    if (!isAuthError(error)) throw error;
    redirect("/login?next=/editor/account");
  }
  if (typeof sessionId !== "string" || sessionId.length > 64) return;
  await revokeOwnSession(user.id, sessionId);
  if (sessionId === user.sessionId) {
    await clearSessionCookie();
    redirect("/login");
  }
  revalidatePath("/editor/account");
}

export async function changePasswordAction(_prev: FormState, formData: FormData): Promise<FormState> {
  if (!(formData instanceof FormData)) return { message: authText.errors.malformed };
  let user;
  try {
    user = await authorize("session.manageOwn");
  } catch (error) {
    if (!isAuthError(error)) throw error;
    return { message: error.message };
  }
  const parsed = changePasswordSchema.safeParse({
    currentPassword: formData.get("currentPassword") ?? "",
    newPassword: formData.get("newPassword") ?? "",
    confirmPassword: formData.get("confirmPassword") ?? "",
  });
  if (!parsed.success) return { errors: z.flattenError(parsed.error).fieldErrors };
  const result = await changePassword(user.id, user.sessionId, parsed.data.currentPassword, parsed.data.newPassword);
  if (result === "wrong-password") return { errors: { currentPassword: [authText.validation.currentPasswordWrong] } };
  if (result === "throttled") return { errors: { currentPassword: [authText.validation.currentPasswordThrottled] } };
  revalidatePath("/editor/account");
  return { ok: true, message: authText.account.passwordChanged };
}
