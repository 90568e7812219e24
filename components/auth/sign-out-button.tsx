import { signOutAction } from "@/lib/auth/actions";
import { auth as authText } from "@/lib/strings/auth";

/** `로그아웃`: a form posting to a server action, so it works without JavaScript too. */
export function SignOutButton({ className }: { className?: string }) {
  return (
    <form action={signOutAction}>
      <button type="submit" className={className ?? "rounded border border-gray-400 px-3 py-1 text-sm"}>
        {authText.signOut}
      </button>
    </form>
  );
}
