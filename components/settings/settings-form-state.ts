// The settings form's action state: shared by the server action and the client form.
export type SettingsFormState = {
  ok?: boolean;
  message?: string;
  fieldErrors?: Partial<Record<string, string[]>>;
  /** What was submitted (or saved), so the form shows it again after the action. */
  values?: Record<string, string | null>;
};
