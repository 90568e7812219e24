import type { Metadata } from "next";
import Link from "next/link";
import { ChangePasswordForm } from "@/components/auth/change-password-form";
import { ProfileForm } from "@/components/auth/profile-form";
import { ListTable } from "@/components/ui/list-table";
import { TitledSection } from "@/components/ui/titled-section";
import { endSessionAction, signOutEverywhereAction } from "@/lib/auth/actions";
import { requireUser } from "@/lib/auth/session";
import { listActiveSessions } from "@/lib/auth/session-store";
import { describeUserAgent } from "@/lib/auth/user-agent";
import { getProfileForEdit } from "@/lib/reporters/profile";
import { auth as authText } from "@/lib/strings/auth";
import { formatDateTime, isoSeoul } from "@/lib/time";

export const metadata: Metadata = { title: authText.account.title, robots: { index: false, follow: false } };

// The signed-in user's sessions (as Rhymix lists them: device, IP, last seen), password
// change and sign-out-everywhere.
export default async function AccountPage() {
  const user = await requireUser("/editor/account");
  const [sessions, profile] = await Promise.all([listActiveSessions(user.id), getProfileForEdit(user.id)]);

  return (
    <div className="space-y-10">
      <header>
        <h1 className="text-2xl font-bold">{authText.account.title}</h1>
        <p className="text-gray-700">
          {user.displayName} ({user.loginId}) · {authText.roles[user.role]}
        </p>
      </header>

      <TitledSection id="profile-title" title={authText.profile.title} className="max-w-xl space-y-3">
        <p className="text-sm text-gray-700">
          {authText.profile.help}{" "}
          {profile.hasPage && (
            <Link href={`/reporter/${user.id}`} className="text-brand underline">
              {authText.profile.viewPage}
            </Link>
          )}
        </p>
        <ProfileForm initial={profile} />
      </TitledSection>

      <TitledSection id="sessions-title" title={authText.account.sessionsTitle} className="space-y-3">
        <p className="text-sm text-gray-700">{authText.account.sessionsHelp}</p>
        {sessions.length === 0 ? (
          <p>{authText.account.noSessions}</p>
        ) : (
          <SessionsTable sessions={sessions} currentSessionId={user.sessionId} />
        )}
        <form action={signOutEverywhereAction} className="pt-2">
          <button type="submit" aria-describedby="sign-out-everywhere-help" className="rounded bg-red-700 px-3 py-2 font-semibold text-white">
            {authText.signOutEverywhere}
          </button>
          <p id="sign-out-everywhere-help" className="mt-1 text-sm text-gray-700">
            {authText.signOutEverywhereHelp}
          </p>
        </form>
      </TitledSection>

      <TitledSection id="password-title" title={authText.account.passwordTitle} className="max-w-md space-y-3">
        <ChangePasswordForm />
      </TitledSection>
    </div>
  );
}

type Session = Awaited<ReturnType<typeof listActiveSessions>>[number];

function SessionsTable({ sessions, currentSessionId }: { sessions: Session[]; currentSessionId: string | undefined }) {
  const { device, ip, lastSeen, signedInAt, kind, endSession } = authText.account;
  return (
    <ListTable columns={[device, ip, lastSeen, signedInAt, kind, <span key="end" className="sr-only">{endSession}</span>]}>
      {sessions.map((session) => (
        <SessionRow key={session.id} session={session} current={session.id === currentSessionId} />
      ))}
    </ListTable>
  );
}

function SessionRow({ session, current }: { session: Session; current: boolean }) {
  const device = describeUserAgent(session.userAgent);
  return (
    <tr className="border-b border-gray-200" aria-current={current ? "true" : undefined}>
      <td className="py-2 pr-3">
        {device}
        {current && <strong className="ml-2 text-xs">({authText.account.thisDevice})</strong>}
      </td>
      <td className="py-2 pr-3">{session.ip}</td>
      <td className="py-2 pr-3">
        <time dateTime={isoSeoul(session.lastSeenAt)}>{formatDateTime(session.lastSeenAt)}</time>
      </td>
      <td className="py-2 pr-3">
        <time dateTime={isoSeoul(session.createdAt)}>{formatDateTime(session.createdAt)}</time>
      </td>
      <td className="py-2 pr-3">{session.persistent ? authText.account.persistent : authText.account.browserSession}</td>
      <td className="py-2">
        <form action={endSessionAction}>
          <input type="hidden" name="sessionId" value={session.id} />
          <button
            type="submit"
            aria-label={authText.account.endSessionLabel(`${device}${current ? ` (${authText.account.thisDevice})` : ""}`)}
            className="rounded border border-gray-400 px-2 py-1"
          >
            {authText.account.endSession}
          </button>
        </form>
      </td>
    </tr>
  );
}
