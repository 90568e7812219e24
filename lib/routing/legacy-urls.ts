import { LRUCache } from "lru-cache";
import { NextResponse, type NextRequest } from "next/server";
import { NOT_FOUND_REWRITE, type Queryable } from "./unknown-paths";

// Old XE/Rhymix addresses of an imported site, answered in the proxy from the compact
// legacy_ids mapping the importer wrote (one row per post, board and file, not one redirect
// row per URL shape):
//   /index.php?mid=news&document_srl=123, /index.php?document_srl=123, /?document_srl=123,
//   /news/123, /123                         → 301 /article/{id}
//   /index.php?mid=news&page=7, /news/page/7 → 301 /board/{slug}?page=7 (numbering is kept)
//   /news, /index.php?mid=news               → 301 /board/{slug}
//   /files/attach/images/…, procFileDownload → 301 /media/…
// An old id we don't know is a real 404 (a rewrite to the not-found page, never a redirect,
// so there is no loop). Paths that cannot be old XE addresses cost no query.

/** First path segments that are our own routes: never read as an XE `mid`. proxy.ts's matcher
 * keeps the same list (tests/unit/lib/routing/legacy-urls.test.ts checks they agree). */
export const RESERVED_SEGMENTS = ["article", "board", "schedule", "search", "login", "editor", "reporter", "media", "api", "sitemaps", "files", "internal", "_next", "_unknown"] as const;

const MID_RE = /^[A-Za-z][A-Za-z0-9_]{0,39}$/;
const SRL_RE = /^[1-9][0-9]{0,18}$/;
const PAGE_RE = /^[1-9][0-9]{0,8}$/;

export type LegacyRef =
  | { kind: "document"; srl: string }
  | { kind: "board"; mid: string; page: number; q: string | null }
  | { kind: "file"; key: string }
  | { kind: "fileSrl"; srl: string }
  | { kind: "home" }
  | { kind: "unknown" };

function reserved(segment: string): boolean {
  return (RESERVED_SEGMENTS as readonly string[]).includes(segment.toLowerCase());
}

function boardRef(mid: string, page: string | null, q: string | null): LegacyRef {
  if (!MID_RE.test(mid)) return { kind: "unknown" };
  // A page that is no page number goes to the first page, as XE itself did.
  return { kind: "board", mid, page: page && PAGE_RE.test(page) ? Number(page) : 1, q: q?.trim() ? q.trim().slice(0, 100) : null };
}

/** What an old XE address names, or null when the URL is not one (then nothing is looked up). */
export function parseLegacyUrl(pathname: string, params: URLSearchParams): LegacyRef | null {
  if (pathname === "/index.php" || pathname === "/") {
    const srl = params.get("document_srl");
    if (srl !== null) return SRL_RE.test(srl) ? { kind: "document", srl } : { kind: "unknown" };
    const fileSrl = params.get("file_srl");
    if (fileSrl !== null && params.get("module") === "file") return SRL_RE.test(fileSrl) ? { kind: "fileSrl", srl: fileSrl } : { kind: "unknown" };
    const mid = params.get("mid");
    if (mid !== null) return boardRef(mid, params.get("page"), params.get("search_keyword"));
    return pathname === "/index.php" ? { kind: "home" } : null;
  }
  const file = /^\/files\/(attach\/(?:images|binaries)\/.+)$/.exec(pathname);
  if (file) {
    let key = file[1]!;
    try {
      key = decodeURIComponent(key);
    } catch {
      return { kind: "unknown" };
    }
    return { kind: "file", key };
  }
  const segments = pathname.split("/").slice(1);
  const [first = "", second, third] = segments;
  if (!first || reserved(first) || segments.length > 3 || (segments.length > 1 && segments[segments.length - 1] === "")) return null;
  if (segments.length === 1) {
    if (SRL_RE.test(first)) return { kind: "document", srl: first };
    return MID_RE.test(first) ? boardRef(first, params.get("page"), params.get("search_keyword")) : null;
  }
  if (!MID_RE.test(first)) return null;
  if (segments.length === 2 && second && SRL_RE.test(second)) return { kind: "document", srl: second };
  if (segments.length === 3 && second === "page" && third) return boardRef(first, third, null);
  return null;
}


/** Where `ref` lives now, or null when it was never imported. */
export async function lookupLegacyTarget(db: Queryable, ref: LegacyRef): Promise<string | null> {
  switch (ref.kind) {
    case "home":
      return "/";
    case "unknown":
      return null;
    case "document": {
      const { rows } = await db.query<{ id: number }>("SELECT target_id AS id FROM legacy_ids WHERE kind = 'document' AND legacy_key = $1", [ref.srl]);
      return rows[0]?.id ? `/article/${rows[0].id}` : null;
    }
    case "board": {
      const { rows } = await db.query<{ slug: string }>(
        "SELECT b.slug FROM legacy_ids l JOIN boards b ON b.id = l.target_id WHERE l.kind = 'board' AND l.legacy_key = $1",
        [ref.mid.toLowerCase()],
      );
      const slug = rows[0]?.slug;
      if (!slug) return null;
      const query = new URLSearchParams();
      if (ref.q) query.set("q", ref.q);
      if (ref.page > 1) query.set("page", String(ref.page));
      const search = query.toString();
      return `/board/${slug}${search ? `?${search}` : ""}`;
    }
    case "file":
    case "fileSrl": {
      const { rows } = await db.query<{ path: string | null }>("SELECT target_path AS path FROM legacy_ids WHERE kind = $1 AND legacy_key = $2", [
        ref.kind === "file" ? "file" : "file-srl",
        ref.kind === "file" ? ref.key : ref.srl,
      ]);
      return rows[0]?.path ?? null;
    }
  }
}

// A short-lived per-process memo: old links arrive in bursts (a crawler re-walking the site).
const POSITIVE_MS = 60_000;
const NEGATIVE_MS = 2_000;
const MAX_ENTRIES = 20_000;
const memo = new LRUCache<string, { target: string | null }>({ max: MAX_ENTRIES, ttl: POSITIVE_MS });

async function cachedTarget(db: Queryable, ref: LegacyRef): Promise<string | null> {
  const key = JSON.stringify(ref);
  const hit = memo.get(key);
  if (hit) return hit.target;
  const target = await lookupLegacyTarget(db, ref);
  memo.set(key, { target }, { ttl: target ? POSITIVE_MS : NEGATIVE_MS });
  return target;
}

/** Forgets memoized answers (tests; after an import in the same process). */
export function clearLegacyUrlMemo(): void {
  memo.clear();
}

/**
 * 301 to the new address of an old XE URL, the not-found page for an old id we don't have,
 * or null when the URL is not an old XE address (or there is no database).
 */
export async function resolveLegacyUrl(request: NextRequest, db: Queryable | null): Promise<NextResponse | null> {
  const ref = parseLegacyUrl(request.nextUrl.pathname, request.nextUrl.searchParams);
  if (!ref || !db) return null;
  let target: string | null;
  try {
    target = await cachedTarget(db, ref);
  } catch (error) {
    // A missing legacy_ids table (not migrated yet) or a hiccup: let the page answer.
    console.error("legacy urls: lookup failed", error);
    return null;
  }
  if (!target) return NextResponse.rewrite(new URL(NOT_FOUND_REWRITE, request.nextUrl.origin));
  const response = NextResponse.redirect(new URL(target, request.nextUrl.origin), 301);
  response.headers.set("cache-control", "public, max-age=3600");
  return response;
}
