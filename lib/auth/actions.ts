"use server";
import { cookies } from "next/headers";
import { z } from "zod";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { changePassword, signOutEverywhere } from "@/lib/auth/account";
import { SESSION_COOKIE } from "@/lib/auth/cookie";
import type { ActionState } from "@/lib/actions/action-state";
import { authorizeAction, textField, type Redirect } from "@/lib/actions/authorize-action";
import { changePasswordSchema } from "@/lib/validations/user";
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

/** `모든 기기에서 로그아웃`. Signed out either way: a refused call only loses its cookie. */
export async function signOutEverywhereAction(formData: FormData): Promise<void> {
  await authorizeAction("session.manageOwn", formData, async (user) => {
    await signOutEverywhere(user.id);
    return {};
  });
  await clearSessionCookie();
  redirect("/login");
}

/** Ends one of the user's own sessions (the account page's per-device `종료`). */
export async function endSessionAction(formData: FormData): Promise<void> {
  const state = await authorizeAction("session.manageOwn", formData, async (user, form): Promise<ActionState | Redirect> => {
    const sessionId = textField(form, "sessionId");
    if (sessionId === "" || sessionId.length > 64) return {};
    await revokeOwnSession(user.id, sessionId);
    if (sessionId !== user.sessionId) {
      revalidatePath("/editor/account");
      return {};
    }
    await clearSessionCookie();
    return { redirectTo: "/login" };
  });
  if (state.message) redirect("/login?next=/editor/account");
}

export async function changePasswordAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return authorizeAction("session.manageOwn", formData, async (user, form) => {
    const parsed = changePasswordSchema.safeParse({
      currentPassword: textField(form, "currentPassword"),
      newPassword: textField(form, "newPassword"),
      confirmPassword: textField(form, "confirmPassword"),
    });
    if (!parsed.success) return { fieldErrors: z.flattenError(parsed.error).fieldErrors };
    const result = await changePassword(user.id, user.sessionId, parsed.data.currentPassword, parsed.data.newPassword);
    if (result === "wrong-password") return { fieldErrors: { currentPassword: [authText.validation.currentPasswordWrong] } };
    if (result === "throttled") return { fieldErrors: { currentPassword: [authText.validation.currentPasswordThrottled] } };
    revalidatePath("/editor/account");
    return { ok: true, message: authText.account.passwordChanged };
  });
}
