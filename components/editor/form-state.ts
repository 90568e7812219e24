// The article form's action state: shared by the server actions and the client form.
import type { DiffLine } from "@/lib/articles/diff";

export type FormValues = { title: string; boardId: string; body: string; scheduledAt: string; version: string };

export type ConflictView = {
  baseVersion: number;
  currentVersion: number;
  theirs: { title: string; body: string; editorName: string | null; savedAt: string };
  mine: { title: string; body: string };
  diff: DiffLine[];
  /** The id of the draft copy that keeps my text (0 when none was made). */
  snapshotId: number;
};

export type ArticleFormState = {
  status: "idle" | "error" | "conflict";
  message?: string;
  fieldErrors?: Partial<Record<string, string[]>>;
  /** What was submitted, so a failed save loses nothing (also without JavaScript). */
  values?: FormValues;
  conflict?: ConflictView;
};

export const initialFormState: ArticleFormState = { status: "idle" };
