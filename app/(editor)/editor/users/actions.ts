"use server";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import type { ActionState } from "@/lib/actions/action-state";
import { authorizeAction } from "@/lib/actions/authorize-action";
import { changeUser, createUser, type UserChangeResult } from "@/lib/auth/users";
import { auth as authText } from "@/lib/strings/auth";
import { changeRoleSchema, createUserSchema, resetPasswordSchema, setDisabledSchema } from "@/lib/validations/user";

// Admin-only user management, each action in the one shape of lib/actions/authorize-action.ts.

const ERROR_MESSAGES = {
  "login-taken": authText.validation.loginIdTaken,
  missing: authText.validation.userMissing,
  self: authText.validation.selfChange,
  "last-admin": authText.validation.lastAdmin,
} as const;

function done(result: UserChangeResult, success: string): ActionState {
  if (!result.ok) return { message: ERROR_MESSAGES[result.error] };
  revalidatePath("/editor/users");
  return { ok: true, message: success };
}

export async function createUserAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return authorizeAction("user.manage", formData, async (admin, form) => {
    const parsed = createUserSchema.safeParse(Object.fromEntries(form));
    if (!parsed.success) return { fieldErrors: z.flattenError(parsed.error).fieldErrors };
    const result = await createUser(admin.id, parsed.data);
    if (!result.ok && result.error === "login-taken") return { fieldErrors: { loginId: [authText.validation.loginIdTaken] } };
    return done(result, authText.users.created);
  });
}

export async function changeRoleAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return authorizeAction("user.manage", formData, async (admin, form) => {
    const parsed = changeRoleSchema.safeParse(Object.fromEntries(form));
    if (!parsed.success) return { message: authText.validation.roleInvalid };
    return done(await changeUser(admin.id, parsed.data.userId, { kind: "role", role: parsed.data.role }), authText.users.updated);
  });
}

export async function setDisabledAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return authorizeAction("user.manage", formData, async (admin, form) => {
    const parsed = setDisabledSchema.safeParse(Object.fromEntries(form));
    if (!parsed.success) return { message: authText.validation.userMissing };
    return done(await changeUser(admin.id, parsed.data.userId, { kind: "disabled", disabled: parsed.data.disabled }), authText.users.updated);
  });
}

export async function resetPasswordAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return authorizeAction("user.manage", formData, async (admin, form) => {
    const parsed = resetPasswordSchema.safeParse(Object.fromEntries(form));
    if (!parsed.success) return { fieldErrors: z.flattenError(parsed.error).fieldErrors };
    return done(await changeUser(admin.id, parsed.data.userId, { kind: "password", password: parsed.data.password }), authText.users.updated);
  });
}
