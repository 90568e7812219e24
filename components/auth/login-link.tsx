"use client";
import { lazy, Suspense, useRef, useState, useSyncExternalStore, type MouseEvent } from "react";
import { auth as authText } from "@/lib/strings/auth";

// The form's code is fetched when a reader first reaches for the link (hover, focus or touch),
// not with every page: most readers never sign in.
const loadLoginForm = () => import("@/components/auth/login-form");
const LoginForm = lazy(async () => ({ default: (await loadLoginForm()).LoginForm }));

// The header's `로그인`: a plain link to /login (so it works without JavaScript and the
// cached header holds nothing personal) that opens the form in a <dialog> when it can.
// The form mounts only while the dialog is open, so the page has one set of login fields.
const noop = () => () => {};

export function LoginLink({ className, label = authText.loginTitle }: { className?: string; label?: string }) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const [open, setOpen] = useState(false);
  // True once hydrated: only then does the link open a dialog (and say so).
  const enhanced = useSyncExternalStore(noop, () => true, () => false);

  function openDialog(event: MouseEvent<HTMLAnchorElement>) {
    const dialog = dialogRef.current;
    if (!dialog || typeof dialog.showModal !== "function" || event.metaKey || event.ctrlKey || event.shiftKey) return;
    event.preventDefault();
    setOpen(true);
    dialog.showModal();
  }

  return (
    <>
      <a href="/login" onClick={openDialog} onPointerEnter={() => void loadLoginForm()} onFocus={() => void loadLoginForm()} aria-haspopup={enhanced ? "dialog" : undefined} className={className ?? "text-sm"}>
        {label}
      </a>
      <dialog
        ref={dialogRef}
        aria-labelledby="login-dialog-title"
        onClose={() => setOpen(false)}
        className="m-auto w-[min(26rem,calc(100%-2rem))] whitespace-normal rounded-lg p-0 text-left text-ink shadow-xl backdrop:bg-black/50"
      >
        {open && (
          <div className="p-6">
            <div className="mb-4 flex items-center justify-between">
              <h2 id="login-dialog-title" className="text-xl font-bold">
                {authText.loginTitle}
              </h2>
              <button type="button" onClick={() => dialogRef.current?.close()} className="rounded px-2 py-1 text-sm" aria-label={authText.close}>
                ✕
              </button>
            </div>
            <Suspense fallback={<p className="text-sm text-muted">{authText.loginFormLoading}</p>}>
              <LoginForm next="/editor" autoFocus />
            </Suspense>
          </div>
        )}
      </dialog>
    </>
  );
}
