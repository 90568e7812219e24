import { NextResponse, type NextRequest } from "next/server";
import { prisma } from "@/lib/db";
import { resolveLegacyUrl } from "./legacy-urls";
import { matchRedirect, normalizePath, type RedirectRule } from "./redirect-rules";
import { createUnknownPathState, isUnknownPath, NOT_FOUND_REWRITE, type Queryable, type UnknownPathState } from "./unknown-paths";
import { seo } from "@/lib/strings/seo";
import { site } from "@/lib/site";

// Runs inside proxy.ts on /article, /board and /schedule requests: moved and deleted URLs, and
// unknown ids sent to the real not-found page. It reads through the site's one database client
// and answers from small maps it refreshes at most every REFRESH_MS, so a reader's request costs
// a map lookup. Those maps are a cache of what the database says, never the truth: a redirect
// written through any server is seen by every server within REFRESH_MS. Writers
// (lib/routing/redirects.ts) only insert and delete, so every change moves the table's
// fingerprint (row count, highest id).

const REFRESH_MS = 1_000;

type State = {
  rules: Map<string, RedirectRule>;
  fingerprint: string | null;
  checkedAt: number;
  pending: Promise<void> | null;
  failing: boolean;
  unknown: UnknownPathState;
};

const fresh = (): State => ({ rules: new Map(), fingerprint: null, checkedAt: 0, pending: null, failing: false, unknown: createUnknownPathState() });
let state: State = fresh();

const db: Queryable = {
  async query<R>(sql: string, params: unknown[] = []) {
    return { rows: await prisma.$queryRawUnsafe<R[]>(sql, ...params) };
  },
};

async function refresh(): Promise<void> {
  try {
    const { rows } = await db.query<{ count: number; max_id: number }>(
      "SELECT count(*)::int AS count, coalesce(max(id), 0)::int AS max_id FROM redirects",
    );
    const fingerprint = `${rows[0]?.count}:${rows[0]?.max_id}`;
    if (fingerprint !== state.fingerprint) {
      const all = await db.query<{ from_path: string; to_path: string; status_code: number }>(
        "SELECT from_path, to_path, status_code FROM redirects",
      );
      state.rules = new Map(
        all.rows.map((row) => [normalizePath(row.from_path), { toPath: row.to_path, statusCode: row.status_code }]),
      );
      state.fingerprint = fingerprint;
    }
    state.failing = false;
  } catch (error) {
    // Keep serving the last known map; a database hiccup must not turn pages into 500s.
    if (!state.failing) console.error("stored redirects: refresh failed", error);
    state.failing = true;
  } finally {
    state.checkedAt = Date.now();
  }
}

async function currentRules(): Promise<ReadonlyMap<string, RedirectRule>> {
  if (Date.now() - state.checkedAt > REFRESH_MS) {
    state.pending ??= refresh().finally(() => {
      state.pending = null;
    });
    await state.pending;
  }
  return state.rules;
}

async function resolveUnknownPath(request: NextRequest): Promise<NextResponse | null> {
  try {
    if (!(await isUnknownPath(state.unknown, db, request.nextUrl))) return null;
  } catch (error) {
    if (!state.failing) console.error("stored redirects: unknown-path check failed", error);
    return null;
  }
  return NextResponse.rewrite(new URL(NOT_FOUND_REWRITE, request.nextUrl.origin));
}

/** Forgets everything read so far (tests). */
export function resetStoredRedirects(): void {
  state = fresh();
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

const goneStyle =
  "body{font-family:system-ui,sans-serif;max-width:40rem;margin:4rem auto;padding:0 1rem;color:#1a1a1a;line-height:1.6}a{color:#0b5cab}";

function goneResponse(): NextResponse {
  const name = escapeHtml(site.name);
  const html =
    `<!doctype html><html lang="ko"><head><meta charset="utf-8">` +
    `<meta name="viewport" content="width=device-width, initial-scale=1">` +
    `<meta name="robots" content="noindex"><title>${seo.goneTitle} | ${name}</title>` +
    `<style>${goneStyle}</style></head><body><main><h1>${seo.goneTitle}</h1><p>${seo.goneBody}</p>` +
    `<p><a href="/">${seo.goneHome(name)}</a></p></main></body></html>`;
  return new NextResponse(html, {
    status: 410,
    headers: { "content-type": "text/html; charset=utf-8", "cache-control": "public, max-age=60" },
  });
}

/**
 * 301/308 for moved paths (query string kept), 410 for tombstones, a rewrite to the not-found
 * page for unknown articles and boards (see unknown-paths.ts), null for everything else.
 */
export async function resolveStoredRedirect(request: NextRequest): Promise<NextResponse | null> {
  const rules = await currentRules();
  const decision = rules.size === 0 ? null : matchRedirect(rules, request.nextUrl.pathname, request.nextUrl.search);
  if (!decision) return (await resolveLegacyUrl(request, db)) ?? resolveUnknownPath(request);
  if (decision.kind === "gone") return goneResponse();
  const response = NextResponse.redirect(new URL(decision.location, request.nextUrl.origin), decision.statusCode);
  response.headers.set("cache-control", "public, max-age=3600");
  return response;
}
