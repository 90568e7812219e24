// The command-line side of app/api/revalidate: tells a running site what a job changed.
import { authSecret } from "../auth/secret.ts";
import { revalidateToken } from "./revalidate-token.ts";

export type SiteChanges = { boards: string[]; articles: Array<{ id: number; boardSlug: string }>; scheduleDays: string[] };

/** Posts the changes to `siteUrl`; returns null when done, else why not. */
export async function refreshSite(siteUrl: string, changes: SiteChanges): Promise<string | null> {
  try {
    const response = await fetch(new URL("/api/revalidate", siteUrl), {
      method: "POST",
      headers: { "content-type": "application/json", "x-revalidate-token": revalidateToken(authSecret()) },
      body: JSON.stringify({ ...changes, articles: changes.articles.slice(0, 10_000), scheduleDays: changes.scheduleDays.slice(0, 10_000) }),
      signal: AbortSignal.timeout(10_000),
    });
    return response.ok ? null : `the site answered ${response.status}`;
  } catch (error) {
    return (error as Error).message;
  }
}
