// What every server action that answers a form returns to its `useActionState` form, and what
// the form starts from (`{}`). Shared by the actions and the client forms: no server imports.
import type { DiffLine } from "@/lib/articles/diff";

/** `z.flattenError(error).fieldErrors`: messages by field name, for aria-describedby'd lists. */
export type FieldErrors = Partial<Record<string, string[]>>;

/** An edit conflict as the article form shows it (lib/articles/conflict.ts builds it). */
export type ConflictView = {
  baseVersion: number;
  currentVersion: number;
  theirs: { title: string; body: string; editorName: string | null; savedAt: string };
  mine: { title: string; body: string };
  diff: DiffLine[];
  /** The id of the draft copy that keeps my text (0 when none was made). */
  snapshotId: number;
};

export type ActionState<Values = Record<string, string>> = {
  /** The action succeeded and the page stays (actions that go elsewhere redirect instead). */
  ok?: boolean;
  /** Korean, for a role="alert"/"status" line: what failed, or what was done. */
  message?: string;
  fieldErrors?: FieldErrors;
  /** What was submitted (or saved), so a failed action loses nothing, also without JavaScript. */
  values?: Values;
  conflict?: ConflictView;
};

/** The article form's fields, as text. */
export type ArticleFormText = { title: string; boardId: string; body: string; scheduledAt: string; version: string };
