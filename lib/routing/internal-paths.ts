import { seoulDay } from "@/lib/time";

// Public reader URLs whose page is cached under another, internal path: the full-route cache
// keys a page by its path, and only paths with a dynamic segment are rendered on first request
// instead of at build (the build has no database). proxy.ts rewrites the public URL; the
// internal path itself answers 404 when asked for directly.

export const INTERNAL_PREFIX = "/internal";

/** Where `url` is rendered, or null when it is served under its own path. */
export function internalPathFor(url: URL, today: string = seoulDay()): string | null {
  if (url.pathname === "/") return `${INTERNAL_PREFIX}/home/${today}`;
  if (url.pathname === "/schedule") return `${INTERNAL_PREFIX}/schedule-today/${today}`;
  return null;
}
