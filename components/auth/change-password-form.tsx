"use client";
import { useActionState } from "react";
import { Field } from "@/components/ui/field";
import { changePasswordAction } from "@/lib/auth/actions";
import type { ActionState } from "@/lib/actions/action-state";
import { auth as authText } from "@/lib/strings/auth";

export function ChangePasswordForm() {
  const [state, action, pending] = useActionState<ActionState, FormData>(changePasswordAction, {});
  const password = (name: "currentPassword" | "newPassword" | "confirmPassword", label: string, input: { autoComplete: string; minLength?: number; help?: string }) => (
    <Field id={name} name={name} type="password" required label={label} errors={state.fieldErrors?.[name]} {...input} />
  );
  return (
    <form action={action} className="space-y-3">
      <p role="status" className={state.message ? (state.ok ? "text-green-800" : "text-red-700") : "sr-only"}>
        {state.message ?? ""}
      </p>
      {password("currentPassword", authText.account.currentPassword, { autoComplete: "current-password" })}
      {password("newPassword", authText.account.newPassword, { autoComplete: "new-password", minLength: 8, help: authText.account.passwordHelp })}
      {password("confirmPassword", authText.account.newPasswordConfirm, { autoComplete: "new-password" })}
      <button type="submit" disabled={pending} className="rounded bg-gray-900 px-4 py-2 font-semibold text-white disabled:opacity-60">
        {authText.account.changePassword}
      </button>
    </form>
  );
}
