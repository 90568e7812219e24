import "server-only";
import { redirect } from "next/navigation";
import type { ActionState } from "@/lib/actions/action-state";
import { authorize } from "@/lib/auth/authorize";
import { isAuthError } from "@/lib/auth/errors";
import type { Action } from "@/lib/auth/roles";
import type { SessionUser } from "@/lib/auth/session-types";
import { isDatabaseUnavailable } from "@/lib/postgres/errors";
import { editor } from "@/lib/strings/editor";

/** What an action's work may ask for instead of a state: go to this page (after the try). */
export type Redirect = { redirectTo: string };

export type ActionWork<Values> = (user: SessionUser, formData: FormData) => Promise<ActionState<Values> | Redirect>;

/**
 * The one shape of every server action that answers a form. A server action is a public
 * endpoint, whatever the page around it shows, so each call is checked here in this order:
 * 1. its argument is a FormData (anything else is a malformed call);
 * 2. the session row's user is allowed `permission` by the role matrix (rules about one
 *    article's owner and status are the posts service's): else the Korean refusal;
 * 3. `work` parses with the form's schema and writes. An exception there is logged and answered
 *    as an outage (nothing was written, retry) or as unexpected — never a 500 page;
 * 4. a redirect the work asked for happens after the try (redirect() throws).
 * `keep` picks the submitted values that every answer carries back, so a refused or failed
 * action loses nothing of the form.
 */
export async function authorizeAction<Values = Record<string, string>>(
  permission: Action,
  formData: unknown,
  work: ActionWork<Values>,
  keep?: (formData: FormData) => Values,
): Promise<ActionState<Values>> {
  if (!(formData instanceof FormData)) return { message: editor.errors.malformed };
  const values = keep?.(formData);
  const answer = (message: string): ActionState<Values> => (values === undefined ? { message } : { message, values });
  let user: SessionUser;
  try {
    user = await authorize(permission);
  } catch (error) {
    if (isAuthError(error)) return answer(error.message);
    // The session row could not be read: nothing was written, say so and keep the form.
    if (isDatabaseUnavailable(error)) return answer(editor.errors.unavailable);
    throw error;
  }
  let outcome: ActionState<Values> | Redirect;
  try {
    outcome = await work(user, formData);
  } catch (error) {
    console.error(`server action (${permission}) failed`, error);
    return answer(isDatabaseUnavailable(error) ? editor.errors.unavailable : editor.errors.unexpected);
  }
  if ("redirectTo" in outcome) redirect(outcome.redirectTo);
  return outcome;
}

/** A form field as text ("" when missing or a file). */
export function textField(formData: FormData, name: string): string {
  const value = formData.get(name);
  return typeof value === "string" ? value : "";
}

/** A positive id field (at most nine digits), or null. */
export function idField(formData: FormData, name: string): number | null {
  const value = textField(formData, name);
  return /^\d{1,9}$/.test(value) ? Number(value) : null;
}
