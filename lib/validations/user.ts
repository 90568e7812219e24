import { z } from "@/lib/validations/zod";
import { MAX_PASSWORD_LENGTH } from "@/lib/auth/password";
import { auth as authText } from "@/lib/strings/auth";

// One schema per form, shared by the form and its server action.
const newPassword = z
  .string()
  .min(8, authText.validation.passwordTooShort)
  .max(MAX_PASSWORD_LENGTH, authText.validation.passwordTooLong);

export const changePasswordSchema = z
  .object({
    currentPassword: z.string().min(1, authText.errors.missingPassword).max(MAX_PASSWORD_LENGTH),
    newPassword,
    confirmPassword: z.string(),
  })
  .refine((v) => v.newPassword === v.confirmPassword, { path: ["confirmPassword"], message: authText.validation.passwordMismatch });

export const roleSchema = z.enum(["REPORTER", "EDITOR", "ADMIN"], { error: authText.validation.roleInvalid });

export const createUserSchema = z.object({
  loginId: z
    .string()
    .trim()
    .toLowerCase()
    .regex(/^[a-z0-9_-]{3,32}$/, authText.validation.loginIdFormat),
  displayName: z.string().trim().min(1, authText.validation.displayNameRequired).max(100, authText.validation.displayNameTooLong),
  role: roleSchema,
  password: newPassword,
});

export const userIdSchema = z.coerce.number().int().positive();

export const changeRoleSchema = z.object({ userId: userIdSchema, role: roleSchema });
export const setDisabledSchema = z.object({ userId: userIdSchema, disabled: z.enum(["true", "false"]).transform((v) => v === "true") });
export const resetPasswordSchema = z.object({ userId: userIdSchema, password: newPassword });
