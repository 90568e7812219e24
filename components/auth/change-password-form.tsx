"use client";
import { useActionState } from "react";
import { Field } from "@/components/ui/field";
import { changePasswordAction } from "@/lib/auth/actions";
import type { ActionState } from "@/lib/actions/action-state";
import { auth as authText } from "@/lib/strings/auth";

export function ChangePasswordForm() {
  const [state, action, pending] = useActionState<ActionState, FormData>(changePasswordAction, {});
  return (
    <form action={action} className="space-y-3">
      <p role="status" className={state.message ? (state.ok ? "text-green-800" : "text-red-700") : "sr-only"}>
        {state.message ?? ""}
      </p>
      <Field
        id="currentPassword"
        name="currentPassword"
        type="password"
        autoComplete="current-password"
        required
        label={authText.account.currentPassword}
        errors={state.fieldErrors?.currentPassword}
      />
      <Field
        id="newPassword"
        name="newPassword"
        type="password"
        autoComplete="new-password"
        required
        minLength={8}
        label={authText.account.newPassword}
        help={authText.account.passwordHelp}
        errors={state.fieldErrors?.newPassword}
      />
      <Field
        id="confirmPassword"
        name="confirmPassword"
        type="password"
        autoComplete="new-password"
        required
        label={authText.account.newPasswordConfirm}
        errors={state.fieldErrors?.confirmPassword}
      />
      <button type="submit" disabled={pending} className="rounded bg-gray-900 px-4 py-2 font-semibold text-white disabled:opacity-60">
        {authText.account.changePassword}
      </button>
    </form>
  );
}
