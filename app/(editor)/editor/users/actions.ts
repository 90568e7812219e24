"use server";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { isAuthError } from "@/lib/auth/errors";
import { authorize } from "@/lib/auth/permissions";
import { changeRoleSchema, createUserSchema, resetPasswordSchema, setDisabledSchema, type FormState } from "@/lib/auth/schemas";
import { changeUser, createUser, type UserChangeResult } from "@/lib/auth/users";
import { auth as authText } from "@/lib/strings/auth";

// Admin-only user management. Each action re-checks the role: a server action is a public
// endpoint, whatever the page around it shows.

const ERROR_MESSAGES = {
  "login-taken": authText.validation.loginIdTaken,
  missing: authText.validation.userMissing,
  self: authText.validation.selfChange,
  "last-admin": authText.validation.lastAdmin,
} as const;

async function admin(): Promise<{ id: number } | FormState> {
  try {
    return await authorize("user.manage");
  } catch (error) {
    if (isAuthError(error)) return { message: error.message };
    throw error;
  }
}

function done(result: UserChangeResult, success: string): FormState {
  if (!result.ok) return { message: ERROR_MESSAGES[result.error] };
  revalidatePath("/editor/users");
  return { ok: true, message: success };
}

export async function createUserAction(_prev: FormState, formData: FormData): Promise<FormState> {
  if (!(formData instanceof FormData)) return { message: authText.errors.malformed };
  const actor = await admin();
  if (!("id" in actor)) return actor;
  const parsed = createUserSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return { errors: z.flattenError(parsed.error).fieldErrors };
  const result = await createUser(actor.id, parsed.data);
  if (!result.ok && result.error === "login-taken") return { errors: { loginId: [authText.validation.loginIdTaken] } };
  return done(result, authText.users.created);
}

export async function changeRoleAction(_prev: FormState, formData: FormData): Promise<FormState> {
  if (!(formData instanceof FormData)) return { message: authText.errors.malformed };
  const actor = await admin();
  if (!("id" in actor)) return actor;
  const parsed = changeRoleSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return { message: authText.validation.roleInvalid };
  return done(await changeUser(actor.id, parsed.data.userId, { kind: "role", role: parsed.data.role }), authText.users.updated);
}

export async function setDisabledAction(_prev: FormState, formData: FormData): Promise<FormState> {
  if (!(formData instanceof FormData)) return { message: authText.errors.malformed };
  const actor = await admin();
  if (!("id" in actor)) return actor;
  const parsed = setDisabledSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return { message: authText.validation.userMissing };
  return done(await changeUser(actor.id, parsed.data.userId, { kind: "disabled", disabled: parsed.data.disabled }), authText.users.updated);
}

export async function resetPasswordAction(_prev: FormState, formData: FormData): Promise<FormState> {
  if (!(formData instanceof FormData)) return { message: authText.errors.malformed };
  const actor = await admin();
  if (!("id" in actor)) return actor;
  const parsed = resetPasswordSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return { errors: z.flattenError(parsed.error).fieldErrors };
  return done(await changeUser(actor.id, parsed.data.userId, { kind: "password", password: parsed.data.password }), authText.users.updated);
}
