import type { Metadata } from "next";
import { CreateUserForm, DisableForm, ResetPasswordForm, RoleForm } from "@/components/auth/user-forms";
import { can } from "@/lib/auth/roles";
import { requireUser } from "@/lib/auth/session";
import { listUsers } from "@/lib/auth/users";
import { auth as t } from "@/lib/strings/auth";
import { createUserAction, changeRoleAction, resetPasswordAction, setDisabledAction } from "./actions";

export const metadata: Metadata = { title: t.users.title, robots: { index: false, follow: false } };

export default async function UsersPage() {
  const user = await requireUser("/editor/users");
  if (!can(user, "user.manage")) {
    return (
      <div>
        <h1 className="text-2xl font-bold">{t.users.title}</h1>
        <p role="alert" className="mt-4">
          {t.errors.forbidden}
        </p>
      </div>
    );
  }
  const users = await listUsers();

  return (
    <div className="space-y-10">
      <h1 className="text-2xl font-bold">{t.users.title}</h1>
      <section aria-labelledby="users-list" className="space-y-3">
        <h2 id="users-list" className="text-xl font-bold">
          {t.users.listTitle}
        </h2>
        <ul className="divide-y divide-gray-200 border-y border-gray-200">
          {users.map((u) => (
            <li key={u.id} className="space-y-2 py-4">
              <p>
                <strong>{u.displayName}</strong> <span className="text-gray-700">({u.loginId})</span> · {t.roles[u.role]} ·{" "}
                {u.disabled ? t.users.disabled : t.users.active}
                {u.id === user.id && <span className="ml-1 text-sm">({t.users.you})</span>}
              </p>
              {u.id !== user.id && (
                <div className="flex flex-wrap gap-4">
                  <RoleForm action={changeRoleAction} userId={u.id} loginId={u.loginId} role={u.role} />
                  <DisableForm action={setDisabledAction} userId={u.id} loginId={u.loginId} disabled={u.disabled} />
                </div>
              )}
              <ResetPasswordForm action={resetPasswordAction} userId={u.id} loginId={u.loginId} />
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="users-create" className="max-w-2xl space-y-3">
        <h2 id="users-create" className="text-xl font-bold">
          {t.users.createTitle}
        </h2>
        <CreateUserForm action={createUserAction} />
      </section>
    </div>
  );
}
