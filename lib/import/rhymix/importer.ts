// XE/Rhymix → our database. One transaction per board: a board is imported whole or not at
// all (an error rolls it back, files included), and boards already done are cheap to pass
// over, so running the same command again after a crash resumes where it stopped. Every post
// keeps its source `document_srl` in legacy_ids: a second run updates changed posts (a new
// version and revision, as an editor's save would) and never duplicates.
//
// Rows are written in bulk (unnest, a batch at a time) but hold what the posts service would
// have stored: the same sanitizer, text and excerpt, lead image, revision 1, an audit row,
// schedule entries, and board_seq renumbered once per board (lib/articles/board-seq.ts).
import { createHash, randomUUID } from "node:crypto";
import { readFile, stat } from "node:fs/promises";
import path from "node:path";
import pg from "pg";
import { renumberBoard } from "../../articles/board-seq.ts";
import { processImage, ImageRejectedError } from "../../images/process.ts";
import { getStorage, type FileStorage } from "../../storage/index.ts";
import { importStrings } from "../../strings/import.ts";
import { ImportError, openXeSource, type XeBoard, type XeDocument, type XeFile, type XeSource } from "./source.ts";
import {
  articleText,
  boardSlugFromMid,
  cleanTitle,
  cleanXeBody,
  importSchedule,
  parseXeDate,
  scheduleDayFromTitle,
  xeFileKey,
  type FileResolver,
  type ImportedFile,
  type ImportedImage,
} from "./transform.ts";

export { ImportError };

export type ImportOptions = {
  /** Our PostgreSQL. */
  databaseUrl: string;
  /** The XE database: mysql://user:pass@host:port/db */
  from: string;
  prefix?: string;
  /** XE's `files/` directory (or the XE root holding it). */
  filesDir?: string | null;
  /** Import without attachments even though the site has some. */
  skipFiles?: boolean;
  /** Read and check everything, write nothing. */
  dryRun?: boolean;
  storage?: FileStorage;
  batchSize?: number;
  onProgress?: (done: number, total: number) => void;
  log?: (message: string) => void;
};

export type BoardReport = {
  mid: string;
  slug: string;
  name: string;
  boardId: number;
  created: boolean;
  imported: number;
  updated: number;
  unchanged: number;
  skipped: number;
  photos: number;
  schedulePosts: number;
};

export type ImportReport = {
  dryRun: boolean;
  boards: BoardReport[];
  skipped: Array<{ srl: number; mid: string; reason: string }>;
  scheduleLines: Array<{ srl: number; text: string; reason: string }>;
  files: Array<{ fileSrl: number; srl: number; path: string; reason: string }>;
  /** Documents outside any board (their module is gone or is not a board). */
  outsideBoards: number;
  documents: number;
  /** Articles that existed and changed: their cached pages must be refreshed. */
  updatedArticles: Array<{ id: number; boardSlug: string }>;
  scheduleDays: string[];
  elapsedMs: number;
};

type Db = pg.ClientBase;

const SOURCE = "rhymix";
const DEFAULT_LIST_COUNT = 20;

/** Where XE keeps uploads: `DIR/attach/…` when DIR is `files/`, `DIR/files/attach/…` when it is the XE root. */
export async function resolveFilesDir(dir: string): Promise<string> {
  const absolute = path.resolve(dir);
  const info = await stat(absolute).catch(() => null);
  if (!info?.isDirectory()) {
    throw new ImportError(`--files ${dir}: no such directory`, "give the XE site's files/ directory (the one holding attach/), copied or mounted on this machine");
  }
  for (const candidate of [absolute, path.join(absolute, "files")]) {
    if ((await stat(path.join(candidate, "attach")).catch(() => null))?.isDirectory()) return candidate;
  }
  throw new ImportError(`--files ${dir} has no attach/ folder`, "give XE's files/ directory (it holds attach/images and attach/binaries)");
}

function stampOf(doc: XeDocument): string {
  return createHash("sha1")
    .update([doc.title, doc.content, doc.status, doc.isNotice ? "Y" : "N", doc.regdate, doc.lastUpdate, doc.memberSrl, doc.nickName, doc.categorySrl].join("\u0000"))
    .digest("hex");
}

function unnestInsert(table: string, columns: Array<[string, string]>, returning = ""): string {
  const names = columns.map(([name]) => name).join(", ");
  const params = columns.map(([, type], i) => `$${i + 1}::${type}[]`).join(", ");
  return `INSERT INTO ${table} (${names}) SELECT * FROM unnest(${params})${returning}`;
}

const ARTICLE_COLUMNS: Array<[string, string]> = [
  ["id", "int"], ["board_id", "int"], ["title", "text"], ["body", "text"], ["body_text", "text"], ["excerpt", "text"],
  ["status", '"ArticleStatus"'], ["author_name", "text"], ["author_id", "int"], ["lead_image_id", "int"], ["pinned", "bool"],
  ["view_count", "int"], ["version", "int"], ["published_at", "timestamptz"], ["created_at", "timestamptz"], ["edited_at", "timestamptz"], ["updated_at", "timestamptz"],
];
const REVISION_COLUMNS: Array<[string, string]> = [["article_id", "int"], ["version", "int"], ["title", "text"], ["body", "text"], ["board_id", "int"], ["editor_id", "int"], ["created_at", "timestamptz"]];
const AUDIT_COLUMNS: Array<[string, string]> = [["actor_id", "int"], ["action", "text"], ["target_type", "text"], ["target_id", "text"], ["detail", "jsonb"]];
const ENTRY_COLUMNS: Array<[string, string]> = [
  ["article_id", "int"], ["date", "date"], ["time", "text"], ["event", "text"], ["place", "text"], ["attendees", "text"], ["department", "text"], ["host", "text"], ["sort_order", "int"],
];
const LEGACY_UPSERT = `
  INSERT INTO legacy_ids (kind, legacy_key, target_id, target_path, source_stamp, detail)
  SELECT * FROM unnest($1::text[], $2::text[], $3::int[], $4::text[], $5::text[], $6::jsonb[])
  ON CONFLICT (kind, legacy_key) DO UPDATE
    SET target_id = EXCLUDED.target_id, target_path = EXCLUDED.target_path, source_stamp = EXCLUDED.source_stamp,
        detail = EXCLUDED.detail, updated_at = now()`;

type LegacyRow = { kind: string; key: string; targetId: number | null; targetPath: string | null; stamp: string; detail: object };

async function upsertLegacy(db: Db, rows: LegacyRow[]): Promise<void> {
  if (rows.length === 0) return;
  await db.query(LEGACY_UPSERT, [
    rows.map((r) => r.kind),
    rows.map((r) => r.key),
    rows.map((r) => r.targetId),
    rows.map((r) => r.targetPath),
    rows.map((r) => r.stamp),
    rows.map((r) => JSON.stringify(r.detail)),
  ]);
}

async function columnsInsert(db: Db, table: string, columns: Array<[string, string]>, rows: Array<Record<string, unknown>>): Promise<void> {
  if (rows.length === 0) return;
  await db.query(unnestInsert(table, columns), columns.map(([name]) => rows.map((row) => row[name] ?? null)));
}

// ---------------------------------------------------------------------------------------------
// Boards

type BoardTarget = { id: number; slug: string; name: string; created: boolean };

async function freeSlug(db: Db, base: string): Promise<string> {
  const { rows } = await db.query<{ slug: string }>("SELECT slug FROM boards WHERE slug = $1 OR slug LIKE $1 || '-%'", [base]);
  const taken = new Set(rows.map((r) => r.slug));
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}

async function upsertBoard(db: Db, board: XeBoard): Promise<BoardTarget> {
  const name = cleanTitle(board.title || board.mid).slice(0, 100) || board.mid;
  const pageSize = Math.min(100, Math.max(1, board.listCount ?? DEFAULT_LIST_COUNT));
  const description = cleanTitle(board.description).slice(0, 500);
  const detail = { source: SOURCE, mid: board.mid, moduleSrl: board.moduleSrl, categories: board.categories };
  const key = board.mid.toLowerCase();
  const existing = await db.query<{ id: number; slug: string }>(
    "SELECT b.id, b.slug FROM legacy_ids l JOIN boards b ON b.id = l.target_id WHERE l.kind = 'board' AND l.legacy_key = $1",
    [key],
  );
  const found = existing.rows[0];
  if (found) {
    await db.query("UPDATE boards SET name = $2, page_size = $3, updated_at = now() WHERE id = $1 AND (name, page_size) IS DISTINCT FROM ($2, $3)", [found.id, name, pageSize]);
    await upsertLegacy(db, [{ kind: "board", key, targetId: found.id, targetPath: null, stamp: "", detail }]);
    return { id: found.id, slug: found.slug, name, created: false };
  }
  const slug = await freeSlug(db, boardSlugFromMid(board.mid));
  const { rows } = await db.query<{ id: number }>(
    `INSERT INTO boards (slug, name, description, kind, page_size, sort_order, updated_at)
     VALUES ($1, $2, $3, 'NEWS', $4, (SELECT coalesce(max(sort_order), 0) + 1 FROM boards), now()) RETURNING id`,
    [slug, name, description, pageSize],
  );
  const id = rows[0]!.id;
  // As lib/routing/redirects.ts releaseBoardSlug: no old redirect may shadow the new board.
  await db.query("DELETE FROM redirects WHERE from_path = $1", [`/board/${slug}`]);
  await upsertLegacy(db, [{ kind: "board", key, targetId: id, targetPath: null, stamp: "", detail }]);
  await db.query("INSERT INTO audit_logs (actor_id, action, target_type, target_id, detail) VALUES (NULL, 'board.create', 'board', $1, $2)", [
    String(id),
    JSON.stringify({ slug, name, source: SOURCE, mid: board.mid }),
  ]);
  return { id, slug, name, created: true };
}

// ---------------------------------------------------------------------------------------------
// Files

const IMAGE_EXT_RE = /\.(jpe?g|png|gif|webp|heic|heif|avif)$/i;
const SAFE_EXT_RE = /\.([A-Za-z0-9]{1,8})$/;

type FileTarget = (ImportedImage | ImportedFile) & { key: string };

/** What one board's transaction did besides its own rows: files written (removed again on a
 * rollback) and other boards whose numbering it changed (a post moved or withdrawn). */
type StoredFiles = { written: string[]; otherBoards: Set<number> };

function monthPrefix(kind: "images" | "files"): string {
  const now = new Date();
  return `${kind}/${now.getUTCFullYear()}/${String(now.getUTCMonth() + 1).padStart(2, "0")}/${randomUUID()}`;
}

const EXT = { jpeg: "jpg", png: "png", webp: "webp", avif: "avif" } as const;

async function importImage(db: Db, storage: FileStorage, data: Buffer, alt: string, uploaderId: number | null, stored: StoredFiles): Promise<ImportedImage & { originalUrl: string }> {
  const processed = await processImage(data);
  const prefix = monthPrefix("images");
  const originalKey = `${prefix}/original.${EXT[processed.original.format]}`;
  const variants = processed.variants.map((v) => ({ ...v, key: `${prefix}/${v.width}.${EXT[v.format]}` }));
  await storage.put(originalKey, processed.original.data, processed.original.mimeType);
  stored.written.push(originalKey);
  for (const v of variants) {
    await storage.put(v.key, v.data, `image/${v.format}`);
    stored.written.push(v.key);
  }
  const { rows } = await db.query<{ id: number }>(
    `INSERT INTO images (original_key, mime_type, width, height, bytes, alt, uploader_id) VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
    [originalKey, processed.original.mimeType, processed.original.width, processed.original.height, processed.original.data.length, alt.slice(0, 300), uploaderId],
  );
  const imageId = rows[0]!.id;
  await columnsInsert(
    db,
    "image_variants",
    [["image_id", "int"], ["format", "text"], ["width", "int"], ["height", "int"], ["bytes", "int"], ["storage_key", "text"]],
    variants.map((v) => ({ image_id: imageId, format: v.format, width: v.width, height: v.height, bytes: v.data.length, storage_key: v.key })),
  );
  // The body shows the largest JPEG up to 960 px, as an editor upload does (lib/images/service.ts).
  const jpegs = variants.filter((v) => v.format === "jpeg").sort((a, b) => a.width - b.width);
  const fallback = [...jpegs].reverse().find((v) => v.width <= 960) ?? jpegs[0];
  return {
    imageId,
    src: storage.url(fallback?.key ?? originalKey),
    width: fallback?.width ?? processed.original.width,
    height: fallback?.height ?? processed.original.height,
    originalUrl: storage.url(originalKey),
  };
}

async function mapLimit<T, R>(items: T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const out: R[] = new Array(items.length);
  let next = 0;
  const workers = Array.from({ length: Math.min(limit, items.length) }, async () => {
    while (next < items.length) {
      const index = next++;
      out[index] = await fn(items[index]!);
    }
  });
  await Promise.all(workers);
  return out;
}

// ---------------------------------------------------------------------------------------------
// The import

type Context = {
  source: XeSource;
  storage: FileStorage;
  filesDir: string | null;
  dryRun: boolean;
  report: ImportReport;
  batchSize: number;
  log: (message: string) => void;
};

type PreparedDoc = {
  doc: XeDocument;
  stamp: string;
  status: "PUBLISHED" | "DRAFT";
  regdate: Date;
  editedAt: Date;
};

function prepare(doc: XeDocument, mid: string, report: ImportReport): PreparedDoc | null {
  const skip = (reason: string) => {
    report.skipped.push({ srl: doc.srl, mid, reason });
    return null;
  };
  if (doc.status === "SECRET") return skip("secret post (readers could not see it)");
  if (doc.status !== "PUBLIC" && doc.status !== "TEMP") return skip(`status ${doc.status} (only PUBLIC and TEMP posts are imported)`);
  const lastUpdate = parseXeDate(doc.lastUpdate);
  const regdate = parseXeDate(doc.regdate) ?? lastUpdate;
  if (!regdate) return skip(`regdate "${doc.regdate}" is not a date (YYYYMMDDHHMMSS)`);
  return {
    doc,
    stamp: stampOf(doc),
    status: doc.status === "PUBLIC" ? "PUBLISHED" : "DRAFT",
    regdate,
    editedAt: lastUpdate && lastUpdate > regdate ? lastUpdate : regdate,
  };
}

async function importAuthors(db: Db, source: XeSource, docs: PreparedDoc[], dryRun: boolean): Promise<Map<number, { id: number | null; name: string }>> {
  const srls = [...new Set(docs.map((d) => d.doc.memberSrl).filter((srl) => srl > 0))];
  const out = new Map<number, { id: number | null; name: string }>();
  if (srls.length === 0) return out;
  const mapped = await db.query<{ legacy_key: string; id: number; display_name: string }>(
    "SELECT l.legacy_key, u.id, u.display_name FROM legacy_ids l JOIN users u ON u.id = l.target_id WHERE l.kind = 'member' AND l.legacy_key = ANY($1)",
    [srls.map(String)],
  );
  for (const row of mapped.rows) out.set(Number(row.legacy_key), { id: row.id, name: row.display_name });
  const missing = srls.filter((srl) => !out.has(srl));
  for (const member of await source.members(missing)) {
    const name = cleanTitle(member.nickName).slice(0, 100) || member.userId;
    if (dryRun) {
      out.set(member.memberSrl, { id: null, name });
      continue;
    }
    const base = member.userId.toLowerCase().replace(/[^a-z0-9._-]/g, "").slice(0, 50) || `member${member.memberSrl}`;
    const taken = await db.query("SELECT 1 FROM users WHERE login_id = $1", [base]);
    const loginId = taken.rowCount ? `${base}-xe${member.memberSrl}`.slice(0, 64) : base;
    // No password is imported: "!" matches no password, and the account starts disabled until
    // an admin resets its password and enables it.
    const { rows } = await db.query<{ id: number }>(
      `INSERT INTO users (login_id, display_name, password_hash, role, disabled, updated_at) VALUES ($1, $2, '!', 'REPORTER', true, now()) RETURNING id`,
      [loginId, name],
    );
    await upsertLegacy(db, [{ kind: "member", key: String(member.memberSrl), targetId: rows[0]!.id, targetPath: null, stamp: "", detail: { source: SOURCE, userId: member.userId } }]);
    out.set(member.memberSrl, { id: rows[0]!.id, name });
  }
  return out;
}

/** Files imported by an earlier run: where they went (a photo, or a stored file's URL). */
async function loadKnownFiles(db: Db, keys: string[], byKey: Map<string, FileTarget>): Promise<void> {
  const known = await db.query<{ legacy_key: string; target_id: number | null; target_path: string; detail: { src?: string; width?: number; height?: number } }>(
    "SELECT legacy_key, target_id, target_path, detail FROM legacy_ids WHERE kind = 'file' AND legacy_key = ANY($1)",
    [keys],
  );
  for (const row of known.rows) {
    if (row.target_id !== null && row.detail.src) {
      byKey.set(row.legacy_key, { key: row.legacy_key, imageId: row.target_id, src: row.detail.src, width: row.detail.width ?? 0, height: row.detail.height ?? 0 });
    } else {
      byKey.set(row.legacy_key, { key: row.legacy_key, href: row.target_path });
    }
  }
}

async function importFiles(ctx: Context, db: Db, mid: string, files: XeFile[], authors: Map<number, { id: number | null }>, stored: StoredFiles): Promise<Map<string, FileTarget>> {
  const byKey = new Map<string, FileTarget>();
  const keyed = files.map((file) => ({ file, key: xeFileKey(file.uploadedFilename) })).filter((f): f is { file: XeFile; key: string } => f.key !== null);
  if (keyed.length === 0) return byKey;
  await loadKnownFiles(db, keyed.map((f) => f.key), byKey);
  const todo = keyed.filter((f) => !byKey.has(f.key));
  if (todo.length > 0 && !ctx.filesDir) {
    for (const { file } of todo) ctx.report.files.push({ fileSrl: file.fileSrl, srl: file.targetSrl, path: file.uploadedFilename, reason: "not imported (--skip-files)" });
    return byKey;
  }
  const legacy: LegacyRow[] = [];
  await mapLimit(todo, 2, async ({ file, key }) => {
    const onDisk = path.join(ctx.filesDir!, ...key.split("/"));
    const data = await readFile(onDisk).catch(() => null);
    if (!data) {
      ctx.report.files.push({ fileSrl: file.fileSrl, srl: file.targetSrl, path: file.uploadedFilename, reason: `missing on disk (${onDisk})` });
      return;
    }
    if (ctx.dryRun) {
      byKey.set(key, { key, href: "/media/dry-run" });
      return;
    }
    const uploaderId = authors.get(file.targetSrl)?.id ?? null;
    if (IMAGE_EXT_RE.test(key)) {
      try {
        const alt = file.sourceFilename.replace(/\.[^.]+$/, "");
        const image = await importImage(db, ctx.storage, data, alt, uploaderId, stored);
        byKey.set(key, { key, imageId: image.imageId, src: image.src, width: image.width, height: image.height });
        legacy.push(
          { kind: "file", key, targetId: image.imageId, targetPath: image.originalUrl, stamp: "", detail: { src: image.src, width: image.width, height: image.height, fileSrl: file.fileSrl, mid } },
          { kind: "file-srl", key: String(file.fileSrl), targetId: image.imageId, targetPath: image.originalUrl, stamp: "", detail: {} },
        );
        return;
      } catch (error) {
        if (!(error instanceof ImageRejectedError)) throw error;
        ctx.report.files.push({ fileSrl: file.fileSrl, srl: file.targetSrl, path: file.uploadedFilename, reason: `not a usable photo (${error.problem}); kept as a file` });
      }
    }
    const ext = SAFE_EXT_RE.exec(key)?.[1]?.toLowerCase() ?? "bin";
    const storageKey = `${monthPrefix("files")}.${ext}`;
    await ctx.storage.put(storageKey, data, "application/octet-stream");
    stored.written.push(storageKey);
    const href = ctx.storage.url(storageKey);
    byKey.set(key, { key, href });
    legacy.push(
      { kind: "file", key, targetId: null, targetPath: href, stamp: "", detail: { fileSrl: file.fileSrl, name: file.sourceFilename, mid } },
      { kind: "file-srl", key: String(file.fileSrl), targetId: null, targetPath: href, stamp: "", detail: {} },
    );
  });
  await upsertLegacy(db, legacy);
  return byKey;
}

const LEAD_IMAGE_RE = /<img\b[^>]*?\sdata-image-id="(\d{1,9})"/i;

type Built = {
  prepared: PreparedDoc;
  title: string;
  body: string;
  bodyText: string;
  excerpt: string;
  leadImageId: number | null;
  authorId: number | null;
  authorName: string;
  schedule: { date: string; entries: ReturnType<typeof importSchedule>["entries"] } | null;
};

function build(ctx: Context, prepared: PreparedDoc, files: Map<string, FileTarget>, authors: Map<number, { id: number | null; name: string }>): Built {
  const { doc } = prepared;
  const title = cleanTitle(doc.title) || importStrings.untitled;
  const author = doc.memberSrl > 0 ? authors.get(doc.memberSrl) : undefined;
  const authorName = (author?.name ?? cleanTitle(doc.nickName)).slice(0, 100) || importStrings.anonymousAuthor;
  const day = scheduleDayFromTitle(title, prepared.regdate);
  let body: string;
  let schedule: Built["schedule"] = null;
  if (day) {
    const parsed = importSchedule(day, doc.content);
    body = parsed.body;
    schedule = { date: day, entries: parsed.entries };
    for (const line of parsed.rejected) ctx.report.scheduleLines.push({ srl: doc.srl, text: line.text, reason: line.reason });
  } else {
    const resolve: FileResolver = (key) => files.get(key) ?? null;
    body = cleanXeBody(doc.content, resolve);
  }
  const { bodyText, excerpt } = articleText(body);
  const lead = Number(LEAD_IMAGE_RE.exec(body)?.[1] ?? 0);
  return { prepared, title, body, bodyText, excerpt, leadImageId: lead || null, authorId: author?.id ?? null, authorName, schedule };
}

async function writeScheduleEntries(db: Db, rows: Array<{ articleId: number; schedule: NonNullable<Built["schedule"]> }>): Promise<void> {
  if (rows.length === 0) return;
  await db.query("DELETE FROM schedule_entries WHERE article_id = ANY($1)", [rows.map((r) => r.articleId)]);
  await columnsInsert(
    db,
    "schedule_entries",
    ENTRY_COLUMNS,
    rows.flatMap(({ articleId, schedule }) =>
      schedule.entries.map((e, i) => ({ article_id: articleId, date: schedule.date, time: e.time, event: e.event, place: e.place, attendees: e.attendees, department: e.department, host: e.host, sort_order: i })),
    ),
  );
}

type Existing = Map<number, { id: number; stamp: string }>;

/** The documents of this batch imported before: their article ids and source stamps. */
async function loadExisting(db: Db, docs: XeDocument[]): Promise<Existing> {
  const existing: Existing = new Map();
  const known = await db.query<{ legacy_key: string; target_id: number; source_stamp: string }>(
    "SELECT l.legacy_key, l.target_id, l.source_stamp FROM legacy_ids l JOIN articles a ON a.id = l.target_id WHERE l.kind = 'document' AND l.legacy_key = ANY($1)",
    [docs.map((d) => String(d.srl))],
  );
  for (const row of known.rows) existing.set(Number(row.legacy_key), { id: row.target_id, stamp: row.source_stamp });
  return existing;
}

// Imported earlier, now secret or otherwise not public on the old site: off our site too.
async function withdrawHidden(ctx: Context, db: Db, target: BoardTarget, docs: XeDocument[], prepared: PreparedDoc[], existing: Existing, stored: StoredFiles): Promise<void> {
  const kept = new Set(prepared.map((d) => d.doc.srl));
  const withdrawn = docs.filter((d) => !kept.has(d.srl) && existing.has(d.srl)).map((d) => existing.get(d.srl)!.id);
  if (withdrawn.length === 0) return;
  const { rows } = await db.query<{ id: number; board_id: number }>(
    "UPDATE articles SET status = 'UNPUBLISHED', board_seq = NULL, updated_at = now() WHERE id = ANY($1) AND status = 'PUBLISHED' RETURNING id, board_id",
    [withdrawn],
  );
  for (const row of rows) {
    if (row.board_id !== target.id) stored.otherBoards.add(row.board_id);
    ctx.report.updatedArticles.push({ id: row.id, boardSlug: target.slug });
  }
  await columnsInsert(db, "audit_logs", AUDIT_COLUMNS, rows.map((row) => ({ actor_id: null, action: "article.unpublish", target_type: "article", target_id: String(row.id), detail: JSON.stringify({ source: SOURCE, reason: "not public on the old site" }) })));
}

// Unchanged posts: only the view count can have moved (readers of the old site meanwhile);
// the larger count wins, so views counted here after the switch are never lost.
async function refreshViewCounts(db: Db, unchanged: PreparedDoc[], existing: Existing): Promise<void> {
  if (unchanged.length === 0) return;
  await db.query(
    "UPDATE articles a SET view_count = greatest(a.view_count, v.n) FROM unnest($1::int[], $2::int[]) AS v(id, n) WHERE a.id = v.id AND a.view_count < v.n",
    [unchanged.map((d) => existing.get(d.doc.srl)!.id), unchanged.map((d) => Math.min(d.doc.readedCount, 2_147_483_647))],
  );
}

/** New posts: ids in document_srl order, then every row in one statement; returns the ids. */
async function insertFresh(db: Db, target: BoardTarget, fresh: Built[], now: string): Promise<number[]> {
  const { rows: idRows } = fresh.length
    ? await db.query<{ id: number }>("SELECT nextval(pg_get_serial_sequence('articles', 'id'))::int AS id FROM generate_series(1, $1)", [fresh.length])
    : { rows: [] as Array<{ id: number }> };
  const freshIds = idRows.map((r) => r.id).sort((a, b) => a - b);
  await columnsInsert(
    db,
    "articles",
    ARTICLE_COLUMNS,
    fresh.map((b, i) => ({
      id: freshIds[i],
      board_id: target.id,
      title: b.title,
      body: b.body,
      body_text: b.bodyText,
      excerpt: b.excerpt,
      status: b.prepared.status,
      author_name: b.authorName,
      author_id: b.authorId,
      lead_image_id: b.leadImageId,
      pinned: b.prepared.doc.isNotice && b.prepared.status === "PUBLISHED",
      view_count: Math.min(b.prepared.doc.readedCount, 2_147_483_647),
      version: 1,
      published_at: b.prepared.status === "PUBLISHED" ? b.prepared.regdate.toISOString() : null,
      created_at: b.prepared.regdate.toISOString(),
      edited_at: b.prepared.editedAt.toISOString(),
      updated_at: now,
    })),
  );
  return freshIds;
}

/** Changed posts: a new version, as an editor's save; returns each article's new version. */
async function updateChanged(ctx: Context, db: Db, target: BoardTarget, changed: Built[], existing: Existing, stored: StoredFiles): Promise<Map<number, number>> {
  const versions = new Map<number, number>();
  for (const b of changed) {
    const id = existing.get(b.prepared.doc.srl)!.id;
    // The post may have moved to this board on the old site: the board it leaves is renumbered too.
    const { rows } = await db.query<{ version: number; old_board: number }>(
      `UPDATE articles a SET title = $2, body = $3, body_text = $4, excerpt = $5, lead_image_id = $6, author_name = $7, author_id = $8,
              pinned = $9, status = $10::"ArticleStatus", published_at = $11, edited_at = $12, view_count = greatest(a.view_count, $13),
              board_id = $14, version = a.version + 1, board_seq = NULL, deleted_at = NULL, updated_at = now()
         FROM (SELECT id, board_id AS old_board FROM articles WHERE id = $1 FOR UPDATE) o
        WHERE a.id = o.id RETURNING a.version, o.old_board`,
      [
        id, b.title, b.body, b.bodyText, b.excerpt, b.leadImageId, b.authorName, b.authorId,
        b.prepared.doc.isNotice && b.prepared.status === "PUBLISHED", b.prepared.status,
        b.prepared.status === "PUBLISHED" ? b.prepared.regdate.toISOString() : null, b.prepared.editedAt.toISOString(), Math.min(b.prepared.doc.readedCount, 2_147_483_647),
        target.id,
      ],
    );
    versions.set(id, rows[0]!.version);
    if (rows[0]!.old_board !== target.id) stored.otherBoards.add(rows[0]!.old_board);
    ctx.report.updatedArticles.push({ id, boardSlug: target.slug });
  }
  return versions;
}

type Written = { b: Built; id: number; version: number };

/** For every written post: its revision, audit entry, schedule entries and legacy mapping. */
async function recordWritten(ctx: Context, db: Db, board: XeBoard, target: BoardTarget, all: Written[], now: string): Promise<void> {
  await columnsInsert(
    db,
    "article_revisions",
    REVISION_COLUMNS,
    all.map(({ b, id, version }) => ({ article_id: id, version, title: b.title, body: b.body, board_id: target.id, editor_id: b.authorId, created_at: version === 1 ? b.prepared.regdate.toISOString() : now })),
  );
  await columnsInsert(
    db,
    "audit_logs",
    AUDIT_COLUMNS,
    all.map(({ b, id, version }) => ({
      actor_id: null,
      action: "article.import",
      target_type: "article",
      target_id: String(id),
      detail: JSON.stringify({ source: SOURCE, documentSrl: b.prepared.doc.srl, mid: board.mid, version, status: b.prepared.status }),
    })),
  );
  await writeScheduleEntries(db, all.filter(({ b }) => b.schedule).map(({ b, id }) => ({ articleId: id, schedule: b.schedule! })));
  for (const { b } of all) if (b.schedule && b.prepared.status === "PUBLISHED") ctx.report.scheduleDays.push(b.schedule.date);
  await upsertLegacy(
    db,
    all.map(({ b, id }) => ({
      kind: "document",
      key: String(b.prepared.doc.srl),
      targetId: id,
      targetPath: null,
      stamp: b.prepared.stamp,
      detail: { source: SOURCE, mid: board.mid, categorySrl: b.prepared.doc.categorySrl || null },
    })),
  );
}

async function importBatch(ctx: Context, db: Db, board: XeBoard, target: BoardTarget, docs: XeDocument[], stats: BoardReport, stored: StoredFiles): Promise<void> {
  const prepared = docs.map((doc) => prepare(doc, board.mid, ctx.report)).filter((d): d is PreparedDoc => d !== null);
  stats.skipped += docs.length - prepared.length;
  const existing = await loadExisting(db, docs);
  await withdrawHidden(ctx, db, target, docs, prepared, existing, stored);

  const unchanged = prepared.filter((d) => existing.get(d.doc.srl)?.stamp === d.stamp);
  stats.unchanged += unchanged.length;
  await refreshViewCounts(db, unchanged, existing);
  const work = prepared.filter((d) => existing.get(d.doc.srl)?.stamp !== d.stamp);
  if (work.length === 0) return;

  const authors = await importAuthors(db, ctx.source, work, ctx.dryRun);
  const docAuthors = new Map(work.map((d) => [d.doc.srl, authors.get(d.doc.memberSrl) ?? { id: null, name: "" }]));
  const files = await importFiles(ctx, db, board.mid, await ctx.source.files(work.map((d) => d.doc.srl)), docAuthors, stored);
  stats.photos += [...files.values()].filter((f) => "imageId" in f).length;
  const built = work.map((d) => build(ctx, d, files, authors));
  stats.schedulePosts += built.filter((b) => b.schedule).length;

  const fresh = built.filter((b) => !existing.has(b.prepared.doc.srl));
  const changed = built.filter((b) => existing.has(b.prepared.doc.srl));
  const now = new Date().toISOString();
  const freshIds = await insertFresh(db, target, fresh, now);
  const versions = await updateChanged(ctx, db, target, changed, existing, stored);

  const changedId = (b: Built) => existing.get(b.prepared.doc.srl)!.id;
  const all: Written[] = [
    ...fresh.map((b, i) => ({ b, id: freshIds[i]!, version: 1 })),
    ...changed.map((b) => ({ b, id: changedId(b), version: versions.get(changedId(b))! })),
  ];
  await recordWritten(ctx, db, board, target, all, now);
  stats.imported += fresh.length;
  stats.updated += changed.length;
}

async function importBoard(ctx: Context, client: pg.Client, board: XeBoard, onDocs: (n: number) => void): Promise<BoardReport> {
  const stored: StoredFiles = { written: [], otherBoards: new Set() };
  await client.query("BEGIN");
  try {
    const target = await upsertBoard(client, board);
    // As the posts service: writers of a board serialize on its row (board_seq).
    await client.query("SELECT id FROM boards WHERE id = $1 FOR NO KEY UPDATE", [target.id]);
    const stats: BoardReport = {
      mid: board.mid, slug: target.slug, name: target.name, boardId: target.id, created: target.created,
      imported: 0, updated: 0, unchanged: 0, skipped: 0, photos: 0, schedulePosts: 0,
    };
    let after = 0;
    for (;;) {
      const docs = await ctx.source.documents(board.moduleSrl, after, ctx.batchSize);
      if (docs.length === 0) break;
      after = docs[docs.length - 1]!.srl;
      await importBatch(ctx, client, board, target, docs, stats, stored);
      onDocs(docs.length);
    }
    await renumberBoard(client, target.id);
    for (const other of [...stored.otherBoards].sort((a, b) => a - b)) {
      await client.query("SELECT id FROM boards WHERE id = $1 FOR NO KEY UPDATE", [other]);
      await renumberBoard(client, other);
    }
    if (target.created) {
      // A board of nothing but daily schedules becomes a schedule board (the editor's schedule form).
      await client.query(
        `UPDATE boards b SET kind = 'SCHEDULE' WHERE b.id = $1
           AND EXISTS (SELECT 1 FROM articles a WHERE a.board_id = b.id)
           AND NOT EXISTS (SELECT 1 FROM articles a WHERE a.board_id = b.id AND NOT EXISTS (SELECT 1 FROM schedule_entries e WHERE e.article_id = a.id))`,
        [target.id],
      );
    }
    await client.query(ctx.dryRun ? "ROLLBACK" : "COMMIT");
    return stats;
  } catch (error) {
    await client.query("ROLLBACK").catch(() => {});
    await Promise.all(stored.written.map((key) => ctx.storage.delete(key).catch(() => {})));
    const reason = error instanceof Error ? error.message : String(error);
    throw new ImportError(
      `board "${board.mid}" was rolled back (nothing of it was written): ${reason}`,
      error instanceof ImportError && error.hint ? error.hint : "fix the cause and run the same command again: boards already imported are skipped",
    );
  }
}

/** Imports an XE/Rhymix site into `databaseUrl`. Throws ImportError with a hint on bad input. */
export async function importRhymix(options: ImportOptions): Promise<ImportReport> {
  const started = Date.now();
  const log = options.log ?? (() => {});
  const filesDir = options.filesDir ? await resolveFilesDir(options.filesDir) : null;
  const source = await openXeSource(options.from, options.prefix ?? "xe_");
  const report: ImportReport = {
    dryRun: options.dryRun === true, boards: [], skipped: [], scheduleLines: [], files: [], outsideBoards: 0, documents: 0, updatedArticles: [], scheduleDays: [], elapsedMs: 0,
  };
  const client = new pg.Client({ connectionString: options.databaseUrl });
  try {
    await client.connect().catch((error: unknown) => {
      throw new ImportError(`cannot connect to our database: ${(error as Error).message}`, "check DATABASE_URL (or --database-url)");
    });
    const tables = await client.query("SELECT to_regclass('legacy_ids') AS t");
    if (!tables.rows[0]?.t) throw new ImportError("our database has no legacy_ids table", "run `npm run db:migrate` first");
    const boards = await source.boards();
    if (boards.length === 0) throw new ImportError(`${source.prefix}modules has no boards (module = 'board')`, "check --from and --prefix: this site has nothing to import");
    const total = await source.countDocuments(boards.map((b) => b.moduleSrl));
    if (!filesDir && !options.skipFiles) {
      if ((await source.countFiles()) > 0) {
        throw new ImportError("this site has attachments, and --files was not given", "pass --files /path/to/xe/files (XE's files/ directory), or --skip-files to import without photos");
      }
    }
    const ctx: Context = { source, storage: options.storage ?? getStorage(), filesDir, dryRun: options.dryRun === true, report, batchSize: options.batchSize ?? 1000, log };
    let done = 0;
    options.onProgress?.(0, total);
    for (const board of boards) {
      log(`board ${board.mid} (${board.title})`);
      const stats = await importBoard(ctx, client, board, (n) => {
        done += n;
        options.onProgress?.(done, total);
      });
      report.boards.push(stats);
    }
    report.documents = done;
    report.outsideBoards = (await source.countDocuments(null)) - total;
    report.scheduleDays = [...new Set(report.scheduleDays)].sort();
  } finally {
    await client.end().catch(() => {});
    await source.close().catch(() => {});
  }
  report.elapsedMs = Date.now() - started;
  return report;
}
