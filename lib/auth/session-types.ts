// Kept apart from session.ts (server-only) so client components and pure modules can name it.
export type SessionUser = {
  id: number;
  loginId: string;
  displayName: string;
  role: "REPORTER" | "EDITOR" | "ADMIN";
  sessionId: string;
};
