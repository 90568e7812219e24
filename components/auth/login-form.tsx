"use client";
import { useId, useState, type FormEvent } from "react";
import { Field } from "@/components/ui/field";
import { signInErrorMessage } from "@/lib/auth/sign-in-errors";
import { auth as authText } from "@/lib/strings/auth";

type Props = {
  /** Present when the server could read the CSRF cookie (the /login page). */
  csrfToken?: string;
  next: string;
  initialError?: string;
  autoFocus?: boolean;
};

type FieldErrors = { loginId?: string[]; password?: string[] };

/** What the sign-in route answers a post that asks for JSON (app/api/auth/[...nextauth]/route.ts). */
type SignInAnswer = { ok?: boolean; error?: string; csrfToken?: string | null };

// Posts to the credentials sign-in route. Without JavaScript it is a plain form post (the route
// sends failures back to /login?error=…); with it, the route answers JSON and errors show in place.
export function LoginForm({ csrfToken, next, initialError, autoFocus }: Props) {
  const id = useId();
  const { error, fieldErrors, pending, submit } = useSignIn(csrfToken ?? "", next, initialError);
  const errorId = `${id}-error`;

  // A form-wide error (wrong id or password) makes both fields invalid and describes them too.
  const formError = { invalid: Boolean(error), describedBy: error ? errorId : undefined };

  return (
    <form action="/api/auth/callback/credentials" method="post" onSubmit={submit} noValidate className="space-y-4">
      <input type="hidden" name="csrfToken" value={csrfToken ?? ""} />
      <input type="hidden" name="callbackUrl" value={next} />
      <FormAlert id={errorId} error={error} />
      <Field
        id={`${id}-loginId`}
        name="loginId"
        type="text"
        label={authText.loginId}
        autoComplete="username"
        autoCapitalize="none"
        spellCheck={false}
        required
        maxLength={64}
        autoFocus={autoFocus}
        errors={fieldErrors.loginId}
        {...formError}
      />
      <Field
        id={`${id}-password`}
        name="password"
        type="password"
        label={authText.password}
        autoComplete="current-password"
        required
        maxLength={1024}
        errors={fieldErrors.password}
        {...formError}
      />
      <RememberMe id={id} />
      <SubmitAndHelp pending={pending} />
    </form>
  );
}

/** The scripted sign-in: checks the fields, posts them for JSON, goes to `next` or shows why not. */
function useSignIn(csrfToken: string, next: string, initialError: string | undefined) {
  const [error, setError] = useState<string | undefined>(initialError);
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [pending, setPending] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    const loginId = String(data.get("loginId") ?? "").trim();
    const password = String(data.get("password") ?? "");
    const errors = missingFields(loginId, password);
    setFieldErrors(errors);
    if (errors.loginId || errors.password) {
      setError(undefined);
      form.querySelector<HTMLInputElement>(errors.loginId ? "[name=loginId]" : "[name=password]")?.focus();
      return;
    }
    setPending(true);
    setError(undefined);
    try {
      const result = await postSignIn(csrfToken, { loginId, password, callbackUrl: next, remember: Boolean(data.get("remember")) });
      if (result.ok) {
        window.location.assign(next);
        return;
      }
      if (result.error) setError(result.error);
    } catch {
      setError(authText.errors.generic);
    }
    setPending(false);
  }

  return { error, fieldErrors, pending, submit };
}

function missingFields(loginId: string, password: string): FieldErrors {
  const errors: FieldErrors = {};
  if (!loginId) errors.loginId = [authText.errors.missingId];
  if (!password) errors.password = [authText.errors.missingPassword];
  return errors;
}

type SignInFields = { loginId: string; password: string; callbackUrl: string; remember: boolean };

/** Posts the credentials asking for JSON: ok, or the Korean reason (none when the CSRF retry also failed). */
async function postSignIn(csrfToken: string, fields: SignInFields): Promise<{ ok: true } | { ok: false; error?: string }> {
  let token = csrfToken;
  for (let attempt = 0; attempt < 2; attempt++) {
    const body = new URLSearchParams({ csrfToken: token, loginId: fields.loginId, password: fields.password, callbackUrl: fields.callbackUrl });
    if (fields.remember) body.set("remember", "on");
    const response = await fetch("/api/auth/callback/credentials", {
      method: "POST",
      headers: { "Content-Type": "application/x-www-form-urlencoded", Accept: "application/json" },
      body,
      credentials: "same-origin",
    });
    const answer = (await response.json()) as SignInAnswer;
    // A stale CSRF cookie (e.g. another tab signed out) is refreshed once, silently.
    if (answer.error === "CSRF" && answer.csrfToken && attempt === 0) {
      token = answer.csrfToken;
      continue;
    }
    if (!answer.ok || !response.ok) return { ok: false, error: signInErrorMessage(answer.error ?? "generic") };
    return { ok: true };
  }
  return { ok: false };
}

// Always rendered (visually hidden when empty) so screen readers hear the message when it appears.
function FormAlert({ id, error }: { id: string; error: string | undefined }) {
  return (
    <p id={id} role="alert" className={error ? "rounded border border-red-300 bg-red-50 p-3 text-sm text-red-800" : "sr-only"}>
      {error ?? ""}
    </p>
  );
}

function RememberMe({ id }: { id: string }) {
  return (
    <div>
      <label className="flex items-center gap-2">
        <input type="checkbox" name="remember" value="on" aria-describedby={`${id}-remember-help`} className="h-5 w-5" />
        {authText.keepSignedIn}
      </label>
      <p id={`${id}-remember-help`} className="mt-1 text-sm text-gray-700">
        {authText.keepSignedInWarning}
      </p>
    </div>
  );
}

function SubmitAndHelp({ pending }: { pending: boolean }) {
  return (
    <>
      <button
        type="submit"
        disabled={pending}
        aria-busy={pending || undefined}
        className="w-full rounded bg-gray-900 px-4 py-2 font-semibold text-white disabled:opacity-60"
      >
        {authText.submit}
      </button>
      <ul className="space-y-1 text-sm text-gray-700">
        <li>{authText.findId}</li>
        <li>{authText.signUp}</li>
      </ul>
    </>
  );
}
