"use client";
import { useActionState, useId } from "react";
import { CONTROL_CLASS, Field } from "@/components/ui/field";
import type { ActionState } from "@/lib/actions/action-state";
import { ROLES, type Role } from "@/lib/auth/roles";
import { auth as authText } from "@/lib/strings/auth";

type Action = (prev: ActionState, formData: FormData) => Promise<ActionState>;

function Status({ state, id }: { state: ActionState; id?: string }) {
  return (
    <p id={id} role="status" className={state.message ? (state.ok ? "text-sm text-green-800" : "text-sm text-red-700") : "sr-only"}>
      {state.message ?? ""}
    </p>
  );
}

export function CreateUserForm({ action }: { action: Action }) {
  const [state, formAction, pending] = useActionState(action, {});
  return (
    <form action={formAction} className="grid gap-3 sm:grid-cols-2">
      <Field id="new-loginId" name="loginId" label={authText.users.loginId} required autoComplete="off" errors={state.fieldErrors?.loginId} />
      <Field id="new-displayName" name="displayName" label={authText.users.displayName} required errors={state.fieldErrors?.displayName} />
      <Field id="new-role" label={authText.users.role}>
        {(control) => (
          <select {...control} name="role" defaultValue="REPORTER" className={CONTROL_CLASS}>
            {ROLES.map((role) => (
              <option key={role} value={role}>
                {authText.roles[role]}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field
        id="new-password"
        name="password"
        type="password"
        label={authText.users.initialPassword}
        required
        minLength={8}
        autoComplete="new-password"
        errors={state.fieldErrors?.password}
      />
      <div className="sm:col-span-2">
        <button type="submit" disabled={pending} className="rounded bg-gray-900 px-4 py-2 font-semibold text-white disabled:opacity-60">
          {authText.users.create}
        </button>
        <Status state={state} />
      </div>
    </form>
  );
}

export function RoleForm({ action, userId, loginId, role }: { action: Action; userId: number; loginId: string; role: Role }) {
  const [state, formAction, pending] = useActionState(action, {});
  const id = useId();
  return (
    <form action={formAction} className="flex flex-wrap items-center gap-2">
      <input type="hidden" name="userId" value={userId} />
      <label htmlFor={`${id}-role`} className="sr-only">
        {authText.users.changeRoleLabel(loginId)}
      </label>
      <select id={`${id}-role`} name="role" defaultValue={role} aria-describedby={`${id}-status`} className="rounded border border-gray-400 px-2 py-1">
        {ROLES.map((r) => (
          <option key={r} value={r}>
            {authText.roles[r]}
          </option>
        ))}
      </select>
      <button type="submit" disabled={pending} className="rounded border border-gray-400 px-2 py-1">
        {authText.users.save}
      </button>
      <Status state={state} id={`${id}-status`} />
    </form>
  );
}

export function DisableForm({ action, userId, disabled, loginId }: { action: Action; userId: number; disabled: boolean; loginId: string }) {
  const [state, formAction, pending] = useActionState(action, {});
  const label = disabled ? authText.users.enable : authText.users.disable;
  return (
    <form action={formAction} className="flex flex-wrap items-center gap-2">
      <input type="hidden" name="userId" value={userId} />
      <input type="hidden" name="disabled" value={disabled ? "false" : "true"} />
      <button type="submit" disabled={pending} aria-label={`${loginId} ${label}`} className="rounded border border-gray-400 px-2 py-1">
        {label}
      </button>
      <Status state={state} />
    </form>
  );
}

export function ResetPasswordForm({ action, userId, loginId }: { action: Action; userId: number; loginId: string }) {
  const [state, formAction, pending] = useActionState(action, {});
  const id = useId();
  return (
    <form action={formAction} className="flex flex-wrap items-end gap-2">
      <input type="hidden" name="userId" value={userId} />
      <Field
        id={`${id}-password`}
        name="password"
        type="password"
        label={authText.users.resetPasswordLabel(loginId)}
        required
        minLength={8}
        autoComplete="new-password"
        errors={state.fieldErrors?.password}
      />
      <button type="submit" disabled={pending} className="rounded border border-gray-400 px-2 py-1">
        {authText.users.resetPassword}
      </button>
      <Status state={state} />
    </form>
  );
}
