import type { Metadata } from "next";
import { CreateUserForm, DisableForm, ResetPasswordForm, RoleForm } from "@/components/auth/user-forms";
import { ListTable } from "@/components/ui/list-table";
import { TitledSection } from "@/components/ui/titled-section";
import { listRecentAudit } from "@/lib/audit";
import { can } from "@/lib/auth/roles";
import { requireUser } from "@/lib/auth/session";
import { listThrottledAccounts } from "@/lib/auth/throttle";
import { listUsers } from "@/lib/auth/users";
import { auth as authText } from "@/lib/strings/auth";
import { formatDateTime, isoSeoul } from "@/lib/time";
import { createUserAction, changeRoleAction, resetPasswordAction, setDisabledAction } from "./actions";

export const metadata: Metadata = { title: authText.users.title, robots: { index: false, follow: false } };

export default async function UsersPage() {
  const user = await requireUser("/editor/users");
  if (!can(user, "user.manage")) {
    return (
      <div>
        <h1 className="text-2xl font-bold">{authText.users.title}</h1>
        <p role="alert" className="mt-4">
          {authText.errors.forbidden}
        </p>
      </div>
    );
  }
  const [users, audit, targets] = await Promise.all([listUsers(), listRecentAudit(50), listThrottledAccounts()]);

  return (
    <div className="space-y-10">
      <h1 className="text-2xl font-bold">{authText.users.title}</h1>
      {targets.length > 0 && <UnderAttack targets={targets} />}
      <UsersList users={users} meId={user.id} />
      <TitledSection id="users-create" title={authText.users.createTitle} className="max-w-2xl space-y-3">
        <CreateUserForm action={createUserAction} />
      </TitledSection>
      <TitledSection id="audit-log" title={authText.audit.title} className="space-y-3">
        {audit.length === 0 ? <p>{authText.audit.empty}</p> : <AuditTable audit={audit} />}
      </TitledSection>
    </div>
  );
}

function UnderAttack({ targets }: { targets: Awaited<ReturnType<typeof listThrottledAccounts>> }) {
  return (
    <section role="status" aria-labelledby="under-attack" className="rounded border border-amber-400 bg-amber-50 p-4 text-amber-950">
      <h2 id="under-attack" className="font-bold">
        {authText.users.underAttackTitle}
      </h2>
      <ul className="mt-2 list-disc space-y-1 pl-5">
        {targets.map((target) => (
          <li key={target.loginId}>{authText.users.underAttack(target.loginId, target.failures, target.sources)}</li>
        ))}
      </ul>
    </section>
  );
}

function UsersList({ users, meId }: { users: Awaited<ReturnType<typeof listUsers>>; meId: number }) {
  return (
    <TitledSection id="users-list" title={authText.users.listTitle} className="space-y-3">
      <ul className="divide-y divide-gray-200 border-y border-gray-200">
        {users.map((u) => (
          <li key={u.id} className="space-y-2 py-4">
            <p>
              <strong>{u.displayName}</strong> <span className="text-gray-700">({u.loginId})</span> · {authText.roles[u.role]} ·{" "}
              {u.disabled ? authText.users.disabled : authText.users.active}
              {u.id === meId && <span className="ml-1 text-sm">({authText.users.you})</span>}
            </p>
            {u.id !== meId && (
              <div className="flex flex-wrap gap-4">
                <RoleForm action={changeRoleAction} userId={u.id} loginId={u.loginId} role={u.role} />
                <DisableForm action={setDisabledAction} userId={u.id} loginId={u.loginId} disabled={u.disabled} />
              </div>
            )}
            <ResetPasswordForm action={resetPasswordAction} userId={u.id} loginId={u.loginId} />
          </li>
        ))}
      </ul>
    </TitledSection>
  );
}

function AuditTable({ audit }: { audit: Awaited<ReturnType<typeof listRecentAudit>> }) {
  const { when, who, what, target } = authText.audit;
  return (
    <ListTable columns={[when, who, what, target]}>
      {audit.map((entry) => (
        <tr key={entry.id} className="border-b border-gray-200">
          <td className="py-2 pr-3 whitespace-nowrap">
            <time dateTime={isoSeoul(entry.createdAt)}>{formatDateTime(entry.createdAt)}</time>
          </td>
          <td className="py-2 pr-3">{entry.actorName ?? authText.audit.system}</td>
          <td className="py-2 pr-3">{authText.audit.actions[entry.action] ?? entry.action}</td>
          <td className="py-2">
            {entry.targetType === "article" ? (
              <a href={`/editor/articles/${entry.targetId}`}>
                {authText.audit.targets.article} {entry.targetId}
              </a>
            ) : (
              `${authText.audit.targets[entry.targetType] ?? entry.targetType} ${entry.targetId}`
            )}
          </td>
        </tr>
      ))}
    </ListTable>
  );
}
