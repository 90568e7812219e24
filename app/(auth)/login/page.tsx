import type { Metadata } from "next";
import Link from "next/link";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { LoginForm } from "@/components/auth/login-form";
import { SiteFooter } from "@/components/site-footer";
import { csrfTokenFromCookies } from "@/lib/auth/next-auth-seam";
import { signInErrorMessage } from "@/lib/auth/sign-in-errors";
import { safeNextPath } from "@/lib/auth/next-path";
import { getCurrentUser } from "@/lib/auth/session";
import { site } from "@/lib/site";
import { auth as authText } from "@/lib/strings/auth";

export const metadata: Metadata = { title: authText.loginTitle, robots: { index: false, follow: false } };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

function first(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

export default async function LoginPage({ searchParams }: { searchParams: SearchParams }) {
  const params = await searchParams;
  const callbackUrl = first(params.callbackUrl);
  const next = safeNextPath(first(params.next) ?? callbackUrl) ?? "/editor";
  if (await getCurrentUser()) redirect(next);

  // Minted by the proxy on the way in (lib/auth/proxy-guard.ts); if cookies are refused the
  // form fetches a token itself.
  const csrfToken = csrfTokenFromCookies(await cookies());

  return (
    <>
      <main id="main" className="mx-auto max-w-md px-4 py-10">
        <p className="mb-6 text-center">
          <Link href="/" className="text-2xl font-bold no-underline">
            {site.name}
          </Link>
        </p>
        <div className="rounded-lg border border-gray-300 bg-white p-6 shadow-sm">
          <h1 className="mb-4 text-2xl font-bold">{authText.loginTitle}</h1>
          <LoginForm csrfToken={csrfToken ?? undefined} next={next} initialError={signInErrorMessage(first(params.error))} autoFocus />
        </div>
      </main>
      <SiteFooter />
    </>
  );
}
