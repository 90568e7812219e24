import type { Metadata } from "next";
import Link from "next/link";
import type { ReactNode } from "react";
import { SignOutButton } from "@/components/auth/sign-out-button";
import { SiteFooter } from "@/components/site-footer";
import { canSome } from "@/lib/auth/roles";
import { requireUser } from "@/lib/auth/session";
import { auth } from "@/lib/strings/auth";
import { editor as editorText } from "@/lib/strings/editor";
import { settingsPage } from "@/lib/strings/settings";

export const metadata: Metadata = {
  title: { default: editorText.areaTitle, template: `%s | ${editorText.areaTitle}` },
  robots: { index: false, follow: false },
};

// The editor area's frame. requireUser checks the session row on every request (the proxy's
// cookie check is only a shortcut); each page and action checks the role again.
export default async function EditorLayout({ children }: { children: ReactNode }) {
  const user = await requireUser();
  const links = [
    { href: "/editor", label: editorText.nav.home, show: true },
    { href: "/editor/articles/new", label: editorText.nav.newArticle, show: canSome(user, "article.create") },
    { href: "/editor/schedule/new", label: editorText.nav.newSchedule, show: canSome(user, "schedule.write") },
    { href: "/editor/boards", label: editorText.nav.boards, show: canSome(user, "board.manage") },
    { href: "/editor/users", label: auth.nav.users, show: canSome(user, "user.manage") },
    { href: "/editor/settings", label: settingsPage.nav, show: canSome(user, "settings.manage") },
    { href: "/editor/account", label: auth.nav.account, show: true },
    { href: "/", label: editorText.nav.site, show: true },
  ];
  return (
    <div className="min-h-screen bg-gray-50">
      <header className="border-b border-gray-300 bg-white">
        <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-3 px-4 py-3">
          <Link href="/editor" className="text-lg font-bold text-brand">
            {editorText.areaTitle}
          </Link>
          <nav aria-label={editorText.nav.label}>
            <ul className="flex flex-wrap gap-4 text-[15px]">
              {links
                .filter((link) => link.show)
                .map((link) => (
                  <li key={link.href}>
                    <Link href={link.href} className="hover:underline">
                      {link.label}
                    </Link>
                  </li>
                ))}
            </ul>
          </nav>
          <div className="flex items-center gap-3 text-sm">
            <span>{editorText.signedInAs(user.displayName, editorText.roles[user.role] ?? user.role)}</span>
            <SignOutButton />
          </div>
        </div>
      </header>
      <main id="main" className="mx-auto max-w-6xl px-4 py-6">
        {children}
      </main>
      <SiteFooter />
    </div>
  );
}
