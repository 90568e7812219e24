// The profile form's action state: shared by the server action and the client form.
export type ProfileFormState = {
  ok?: boolean;
  message?: string;
  errors?: Partial<Record<string, string[]>>;
  values?: { displayName: string; email: string; bio: string };
};
