import { NextResponse, type NextRequest } from "next/server";
import pg from "pg";
import { resolveLegacyUrl } from "./legacy-urls";
import { matchRedirect, normalizePath, type RedirectRule } from "./redirect-rules";
import { createUnknownPathState, isUnknownPath, NOT_FOUND_REWRITE, type UnknownPathState } from "./unknown-paths";
import { seo } from "@/lib/strings/seo";
import { site } from "@/lib/site";

// Runs inside proxy.ts on every /article and /board request, so it reads plain pg (no Prisma,
// no server-only) and answers from an in-process map. The map is reloaded when the table's
// fingerprint (row count, highest id) changes; writers in lib/routing/redirects.ts only insert
// and delete, never update, so every change moves the fingerprint.

const REFRESH_MS = 2_000;

type State = {
  rules: Map<string, RedirectRule>;
  fingerprint: string | null;
  checkedAt: number;
  pending: Promise<void> | null;
  pool: pg.Pool | null;
  failing: boolean;
  unknown: UnknownPathState;
};

// On globalThis so the proxy and the app's server code (separate bundles, one process) share
// one map and `markStoredRedirectsStale()` from a server action reaches the proxy's copy.
const key = Symbol.for("localnews.storedRedirects");
const store = globalThis as unknown as Record<symbol, State | undefined>;
const state: State = (store[key] ??= {
  rules: new Map(),
  fingerprint: null,
  checkedAt: 0,
  pending: null,
  pool: null,
  failing: false,
  unknown: createUnknownPathState(),
});

function pool(): pg.Pool | null {
  const connectionString = process.env.DATABASE_URL;
  if (!connectionString) return null;
  state.pool ??= new pg.Pool({ connectionString, max: 2, idleTimeoutMillis: 30_000 });
  return state.pool;
}

async function refresh(): Promise<void> {
  const db = pool();
  if (!db) return;
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
  const db = pool();
  if (!db) return null;
  try {
    if (!(await isUnknownPath(state.unknown, db, request.nextUrl))) return null;
  } catch (error) {
    if (!state.failing) console.error("stored redirects: unknown-path check failed", error);
    return null;
  }
  return NextResponse.rewrite(new URL(NOT_FOUND_REWRITE, request.nextUrl.origin));
}

/** Closes the pool (tests, graceful shutdown). */
export async function closeStoredRedirects(): Promise<void> {
  const db = state.pool;
  state.pool = null;
  state.fingerprint = null;
  state.checkedAt = 0;
  state.unknown = createUnknownPathState();
  await db?.end();
}

/** Makes the next proxied request re-check the table (call after writing redirects). */
export function markStoredRedirectsStale(): void {
  state.checkedAt = 0;
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
  if (!decision) return (await resolveLegacyUrl(request, pool())) ?? resolveUnknownPath(request);
  if (decision.kind === "gone") return goneResponse();
  const response = NextResponse.redirect(new URL(decision.location, request.nextUrl.origin), decision.statusCode);
  response.headers.set("cache-control", "public, max-age=3600");
  return response;
}
