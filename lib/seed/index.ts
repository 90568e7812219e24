// The demo newsroom: seeds an empty database with boards, users, photos, five years of
// articles and daily schedules. Bulk-loads through pg (unnest arrays, 5,000 rows a statement)
// in one transaction, so a failed run leaves nothing behind and a finished one is complete.
import pg from "pg";
import { site } from "../site.ts";
import { DEFAULT_DEMO_PASSWORD } from "./demo-password.ts";
import { hashPassword } from "../auth/password.ts";
import { renumberBoard } from "../articles/board-seq.ts";
import { getStorage, type FileStorage } from "../storage/index.ts";
import {
  BOARDS,
  DEFAULT_ARTICLES,
  DEFAULT_SEED,
  DEMO_USERS,
  SEED_IMAGE_COUNT,
  countArticles,
  generateArticles,
  type GenArticle,
  type ImageRef,
} from "./generate.ts";
import { generateImages, plannedImage, type GeneratedImage } from "./images.ts";
import { env } from "../env.ts";

export { BOARDS, DEMO_USERS, DEFAULT_ARTICLES, DEFAULT_SEED, generateArticles, countArticles };
export type { GenArticle };

export type SeedOptions = {
  /** Total articles (news + daily schedules + notices + drafts); default 3,700. */
  articles?: number;
  seed?: number;
  /** The anchor: the five years of content end at this instant. Default: the real now. */
  now?: Date;
  onProgress?: (done: number, total: number) => void;
  /** Where photos go; default the process storage (STORAGE_DIR, `.data/uploads`). */
  storage?: FileStorage;
  /** Generate photos (default true); false gives a photo-less newsroom, e.g. for quick tests. */
  images?: boolean;
  /** Distinct photos to render (default 24); articles reuse them. */
  imageCount?: number;
  city?: string;
  siteName?: string;
  /** Demo users' password; default DEMO_PASSWORD or `demo1234!`. */
  password?: string;
  log?: (message: string) => void;
  /** Drop indexes and foreign keys during the load and rebuild them after (default true). */
  bulk?: boolean;
};

export type SeedResult = { seeded: boolean; articles: number; elapsedMs: number };

export { DEFAULT_DEMO_PASSWORD };
const BATCH = 5_000;
const LOCK_KEY = 726_354_001;

function demoPassword(opts: SeedOptions): string {
  return opts.password ?? env().DEMO_PASSWORD ?? DEFAULT_DEMO_PASSWORD;
}

async function hasContent(client: pg.ClientBase): Promise<boolean> {
  const { rows } = await client.query<{ present: boolean }>("SELECT EXISTS (SELECT 1 FROM boards) AS present");
  return rows[0]?.present === true;
}

type Columns = Record<string, unknown[]>;

function columns(names: readonly string[]): Columns {
  return Object.fromEntries(names.map((n) => [n, [] as unknown[]]));
}

function push(cols: Columns, row: Record<string, unknown>): void {
  for (const key in cols) (cols[key] as unknown[]).push(row[key] ?? null);
}

const ARTICLE_COLUMNS = [
  "id", "board_id", "title", "body", "body_text", "excerpt", "status", "author_name", "author_id", "lead_image_id",
  "pinned", "view_count", "board_seq", "published_at", "created_at", "edited_at", "updated_at",
] as const;
const ARTICLE_TYPES = [
  "int", "int", "text", "text", "text", "text", '"ArticleStatus"', "text", "int", "int",
  "bool", "int", "int", "timestamptz", "timestamptz", "timestamptz", "timestamptz",
];
const ENTRY_COLUMNS = ["article_id", "date", "time", "event", "place", "attendees", "department", "host", "sort_order"] as const;
const ENTRY_TYPES = ["int", "date", "text", "text", "text", "text", "text", "text", "int"];
const VIEW_COLUMNS = ["article_id", "day", "views"] as const;
const VIEW_TYPES = ["int", "date", "int"];

function unnestInsert(table: string, names: readonly string[], types: readonly string[]): string {
  const params = types.map((t, i) => `$${i + 1}::${t}[]`).join(", ");
  return `INSERT INTO ${table} (${names.join(", ")}) SELECT * FROM unnest(${params})`;
}

const INSERT_ARTICLES = unnestInsert("articles", ARTICLE_COLUMNS, ARTICLE_TYPES);
const INSERT_ENTRIES = unnestInsert("schedule_entries", ENTRY_COLUMNS, ENTRY_TYPES);
const INSERT_VIEWS = unnestInsert("article_daily_views", VIEW_COLUMNS, VIEW_TYPES);

function iso(date: Date | null): string | null {
  return date ? date.toISOString() : null;
}

async function insertUsers(client: pg.ClientBase, password: string, now: Date): Promise<Map<string, number>> {
  for (const user of DEMO_USERS) {
    await client.query(
      `INSERT INTO users (login_id, display_name, password_hash, role, created_at, updated_at)
       VALUES ($1, $2, $3, $4::"Role", $5, $5) ON CONFLICT (login_id) DO NOTHING`,
      [user.loginId, user.displayName, await hashPassword(password), user.role, now.toISOString()],
    );
  }
  const { rows } = await client.query<{ id: number; login_id: string }>("SELECT id, login_id FROM users WHERE login_id = ANY($1)", [
    DEMO_USERS.map((u) => u.loginId),
  ]);
  return new Map(rows.map((r) => [r.login_id, r.id]));
}

/** The demo newsroom's imprint (/editor/settings): every field filled, as the law asks. */
export function demoSiteSettings(siteName: string, city: string) {
  return {
    publisherName: `(주)${siteName}미디어`,
    registrationNumber: "전북 아00127",
    registrationDate: "2012-03-15",
    publisher: "김대한",
    editor: "김대한",
    youthProtectionOfficer: "정다은",
    address: `${city} 중앙로 123, 4층`,
    phone: "063-123-4567",
    email: "news@example.com",
  };
}

async function insertSiteSettings(client: pg.ClientBase, siteName: string, city: string, adminId: number | null, now: Date): Promise<void> {
  const s = demoSiteSettings(siteName, city);
  await client.query(
    `INSERT INTO site_settings (id, publisher_name, registration_number, registration_date, publisher, editor, youth_protection_officer,
                                address, phone, email, updated_by_id, updated_at)
     VALUES (1, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) ON CONFLICT (id) DO NOTHING`,
    [s.publisherName, s.registrationNumber, s.registrationDate, s.publisher, s.editor, s.youthProtectionOfficer, s.address, s.phone, s.email, adminId, now.toISOString()],
  );
}

/** Public profiles of the demo accounts that write bylined stories (lib/reporters). */
const DEMO_PROFILES: Record<string, { email: string; bio: string }> = {
  reporter: { email: "haneul.lee@example.com", bio: "시청과 시의회, 읍·면·동 소식을 맡고 있습니다. 제보는 이메일로 받습니다." },
  editor: { email: "daeun.jung@example.com", bio: "편집국 데스크입니다. 행정·사회 기사를 편집합니다." },
};

async function insertProfiles(client: pg.ClientBase, userIds: Map<string, number>, now: Date): Promise<void> {
  for (const [loginId, profile] of Object.entries(DEMO_PROFILES)) {
    const userId = userIds.get(loginId);
    if (userId === undefined) continue;
    await client.query(
      "INSERT INTO reporter_profiles (user_id, email, bio, updated_at) VALUES ($1, $2, $3, $4) ON CONFLICT (user_id) DO NOTHING",
      [userId, profile.email, profile.bio, now.toISOString()],
    );
  }
}

async function insertBoards(client: pg.ClientBase, now: Date): Promise<number[]> {
  const ids: number[] = [];
  for (const b of BOARDS) {
    const { rows } = await client.query<{ id: number }>(
      `INSERT INTO boards (slug, name, description, kind, page_size, sort_order, created_at, updated_at)
       VALUES ($1, $2, $3, $4::"BoardKind", $5, $6, $7, $7) RETURNING id`,
      [b.slug, b.name, b.description, b.kind, b.pageSize, b.sortOrder, now.toISOString()],
    );
    ids.push(rows[0]?.id ?? 0);
  }
  return ids;
}

/** Inserts rendered photos under ids chosen before rendering (articles were loaded meanwhile). */
async function insertImages(client: pg.ClientBase, images: GeneratedImage[], ids: number[], uploaderId: number | null): Promise<void> {
  for (const img of images) {
    const id = ids[img.index];
    await client.query(
      `INSERT INTO images (id, original_key, mime_type, width, height, bytes, alt, caption, uploader_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
      [id, img.originalKey, img.mimeType, img.width, img.height, img.bytes, img.alt, img.caption, uploaderId],
    );
    await client.query(
      `INSERT INTO image_variants (image_id, format, width, height, bytes, storage_key)
       SELECT $1, * FROM unnest($2::text[], $3::int[], $4::int[], $5::int[], $6::text[])`,
      [
        id,
        img.variants.map((v) => v.format),
        img.variants.map((v) => v.width),
        img.variants.map((v) => v.height),
        img.variants.map((v) => v.bytes),
        img.variants.map((v) => v.storageKey),
      ],
    );
  }
  await client.query("SELECT setval(pg_get_serial_sequence('images', 'id'), (SELECT coalesce(max(id), 1) FROM images))");
}

type Deferred = { kind: "index" | "constraint"; table: string; name: string; def: string };

/**
 * Drops what makes a million-row load slow and returns how to recreate it exactly as the
 * migrations defined it: the secondary indexes of `articles` (the trigram GIN ones above all:
 * maintained row by row they make the load several times slower, built once at the end they
 * cost a few minutes) and the foreign keys of the loaded tables (a trigger call per row; one
 * validating scan when re-added). All inside the seed's transaction.
 */
async function dropForBulkLoad(client: pg.ClientBase): Promise<Deferred[]> {
  const deferred: Deferred[] = [];
  const fks = await client.query<{ table: string; name: string; def: string }>(
    `SELECT conrelid::regclass::text AS table, conname AS name, pg_get_constraintdef(oid) AS def
     FROM pg_constraint
     WHERE contype = 'f' AND conrelid IN ('articles'::regclass, 'schedule_entries'::regclass, 'article_daily_views'::regclass)`,
  );
  for (const r of fks.rows) {
    await client.query(`ALTER TABLE ${r.table} DROP CONSTRAINT ${pg.escapeIdentifier(r.name)}`);
    deferred.push({ kind: "constraint", ...r });
  }
  const indexes = await client.query<{ name: string; def: string }>(
    `SELECT c.relname AS name, pg_get_indexdef(i.indexrelid) AS def
     FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid
     WHERE i.indrelid = 'articles'::regclass AND NOT i.indisprimary AND NOT i.indisunique
       AND NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conindid = i.indexrelid)`,
  );
  for (const r of indexes.rows) {
    await client.query(`DROP INDEX ${pg.escapeIdentifier(r.name)}`);
    deferred.push({ kind: "index", table: "articles", ...r });
  }
  return deferred;
}

async function restoreAfterBulkLoad(client: pg.ClientBase, deferred: Deferred[], log: (m: string) => void): Promise<void> {
  for (const d of deferred) {
    const t = Date.now();
    if (d.kind === "index") await client.query(d.def);
    else await client.query(`ALTER TABLE ${d.table} ADD CONSTRAINT ${pg.escapeIdentifier(d.name)} ${d.def}`);
    log(`rebuilt ${d.name} in ${((Date.now() - t) / 1000).toFixed(1)} s`);
  }
}

/** The ids article rows point to. */
type SeedRefs = { boardIds: number[]; userIds: Map<string, number>; imageRefs: ImageRef[] };
type Batch = { art: Columns; ent: Columns; views: Columns; rows: number };

function emptyBatch(): Batch {
  return { art: columns(ARTICLE_COLUMNS), ent: columns(ENTRY_COLUMNS), views: columns(VIEW_COLUMNS), rows: 0 };
}

function pushArticle(batch: Batch, g: GenArticle, id: number, refs: SeedRefs): void {
  push(batch.art, {
    id,
    board_id: refs.boardIds[g.boardIndex],
    title: g.title,
    body: g.body,
    body_text: g.bodyText,
    excerpt: g.excerpt,
    status: g.status,
    author_name: g.authorName,
    author_id: g.author ? (refs.userIds.get(g.author) ?? null) : null,
    lead_image_id: g.imageIndex === null ? null : (refs.imageRefs[g.imageIndex]?.id ?? null),
    pinned: g.pinned,
    view_count: g.viewCount,
    board_seq: g.boardSeq,
    published_at: iso(g.publishedAt),
    created_at: iso(g.createdAt),
    edited_at: iso(g.editedAt),
    updated_at: iso(g.editedAt),
  });
  if (g.schedule) {
    g.schedule.entries.forEach((e, i) =>
      push(batch.ent, { article_id: id, date: g.schedule?.day, time: e.time, event: e.event, place: e.place, attendees: e.attendees, department: e.department, host: e.host, sort_order: i }),
    );
  }
  for (const [day, count] of g.dailyViews) push(batch.views, { article_id: id, day, views: count });
  batch.rows++;
}

async function insertBatch(client: pg.ClientBase, b: Batch): Promise<void> {
  await client.query(INSERT_ARTICLES, ARTICLE_COLUMNS.map((c) => b.art[c]));
  if ((b.ent.article_id?.length ?? 0) > 0) await client.query(INSERT_ENTRIES, ENTRY_COLUMNS.map((c) => b.ent[c]));
  if ((b.views.article_id?.length ?? 0) > 0) await client.query(INSERT_VIEWS, VIEW_COLUMNS.map((c) => b.views[c]));
}

/** Streams the articles into the database, BATCH a statement; returns how many were loaded. */
async function loadArticles(
  client: pg.ClientBase,
  articles: Iterable<GenArticle>,
  base: number,
  refs: SeedRefs,
  onLoaded: (done: number) => void,
): Promise<number> {
  let done = 0;
  let pending: Promise<unknown> = Promise.resolve();
  let batch = emptyBatch();
  const flush = async () => {
    const b = batch;
    batch = emptyBatch();
    // Generate the next batch while this one is on the wire: one statement in flight.
    await pending;
    pending = (async () => {
      await insertBatch(client, b);
      done += b.rows;
      onLoaded(done);
    })();
    pending.catch(() => {}); // surfaced by the next await
  };
  for (const g of articles) {
    pushArticle(batch, g, base + g.ordinal, refs);
    if (batch.rows >= BATCH) await flush();
  }
  if (batch.rows > 0) await flush();
  await pending;
  return done;
}

async function maxId(client: pg.ClientBase, table: "images" | "articles"): Promise<number> {
  return Number((await client.query<{ max: number }>(`SELECT coalesce(max(id), 0)::int AS max FROM ${table}`)).rows[0]?.max ?? 0);
}

/** Opens the seed's transaction; false (rolled back) when another process seeded meanwhile. */
async function beginSeedTransaction(client: pg.ClientBase): Promise<boolean> {
  await client.query("BEGIN");
  // Two processes starting at once (e.g. two app servers): the second waits, then sees boards.
  await client.query("SELECT pg_advisory_xact_lock($1)", [LOCK_KEY]);
  if (await hasContent(client)) {
    await client.query("ROLLBACK");
    return false;
  }
  await client.query("SET LOCAL synchronous_commit = off");
  // GIN builds are much faster when the whole posting list fits in memory.
  await client.query("SET LOCAL maintenance_work_mem = '1GB'");
  return true;
}

type SeedRun = {
  opts: SeedOptions;
  log: (message: string) => void;
  now: Date;
  seed: number;
  total: number;
  city: string;
  siteName: string;
  storage: FileStorage;
  imageCount: number;
};

/** Everything the seed writes inside its transaction; returns the number of articles loaded. */
async function seedContent(client: pg.ClientBase, run: SeedRun, rendering: Promise<GeneratedImage[]>): Promise<number> {
  const { opts, log, now, seed, total, city, siteName, storage } = run;
  const userIds = await insertUsers(client, demoPassword(opts), now);
  await insertSiteSettings(client, siteName, city, userIds.get("admin") ?? null, now);
  await insertProfiles(client, userIds, now);
  const boardIds = await insertBoards(client, now);
  const imageBase = await maxId(client, "images");
  const imageIds = Array.from({ length: run.imageCount }, (_, i) => imageBase + i + 1);
  const imageRefs: ImageRef[] = imageIds.map((id, i) => {
    const p = plannedImage(i, seed, city);
    return { id, src: storage.url(p.bodyKey), width: p.bodyWidth, height: p.bodyHeight, alt: p.alt, caption: p.caption };
  });
  const insertRendered = async () => {
    const images = await rendering;
    await insertImages(client, images, imageIds, userIds.get("editor") ?? null);
    if (images.length > 0) log(`stored ${images.length} photos`);
  };
  const base = await maxId(client, "articles");

  const plan = countArticles({ articles: total, now });
  // Bulk mode is right at every size: the database has no articles yet (boards are checked
  // above and articles need a board), so rebuilding its indexes costs only the new rows.
  const bulk = opts.bulk ?? true;
  if (!bulk) await insertRendered();
  const deferred = bulk ? await dropForBulkLoad(client) : [];
  if (deferred.length > 0) log(`bulk load: dropped ${deferred.length} indexes and foreign keys, rebuilt after the load`);
  const loadStarted = Date.now();
  opts.onProgress?.(0, plan.total);
  const articles = generateArticles({ articles: total, seed, now, city, siteName, images: imageRefs });
  const done = await loadArticles(client, articles, base, { boardIds, userIds, imageRefs }, (n) => opts.onProgress?.(n, plan.total));

  await client.query("SELECT setval(pg_get_serial_sequence('articles', 'id'), (SELECT coalesce(max(id), 1) FROM articles))");
  log(`loaded ${done.toLocaleString("en-US")} articles in ${((Date.now() - loadStarted) / 1000).toFixed(1)} s`);
  if (bulk) await insertRendered();
  await restoreAfterBulkLoad(client, deferred, log);
  // The generator numbers boardSeq itself; this re-check writes nothing unless it was wrong.
  const checkStarted = Date.now();
  const fixed = await renumberBoard(client);
  log(`boardSeq check: ${fixed} rows corrected in ${((Date.now() - checkStarted) / 1000).toFixed(1)} s`);
  return done;
}

/** Seeds the demo newsroom into an empty (migrated) database; does nothing when boards exist. */
export async function seedDemo(databaseUrl: string, opts: SeedOptions = {}): Promise<SeedResult> {
  const started = Date.now();
  const seed = opts.seed ?? DEFAULT_SEED;
  const city = opts.city ?? site.city;
  const run: SeedRun = {
    opts,
    log: opts.log ?? (() => {}),
    now: opts.now ?? new Date(),
    seed,
    total: opts.articles ?? DEFAULT_ARTICLES,
    city,
    siteName: opts.siteName ?? site.name,
    storage: opts.storage ?? getStorage(),
    imageCount: opts.images === false ? 0 : (opts.imageCount ?? SEED_IMAGE_COUNT),
  };
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    if (await hasContent(client)) return { seeded: false, articles: 0, elapsedMs: Date.now() - started };

    // Photos render (libvips threads) while the articles load; their ids are fixed up front.
    if (run.imageCount > 0) run.log(`rendering ${run.imageCount} demo photos`);
    const rendering = run.imageCount > 0 ? generateImages(run.storage, { count: run.imageCount, seed, city }) : Promise.resolve([]);
    rendering.catch(() => {}); // awaited below; this only avoids an unhandled-rejection warning meanwhile

    if (!(await beginSeedTransaction(client))) {
      await rendering.catch(() => {});
      return { seeded: false, articles: 0, elapsedMs: Date.now() - started };
    }
    const articles = await seedContent(client, run, rendering);
    await client.query("COMMIT");
    await client.query("ANALYZE");
    return { seeded: true, articles, elapsedMs: Date.now() - started };
  } catch (error) {
    await client.query("ROLLBACK").catch(() => {});
    throw error;
  } finally {
    await client.end();
  }
}

/**
 * Empties every application table (not the migrations table), for `db:seed --reset` on a
 * development database. Refuses under NODE_ENV=production.
 */
export async function resetDatabase(databaseUrl: string): Promise<void> {
  if (env().NODE_ENV === "production") throw new Error("Refusing to reset a database with NODE_ENV=production");
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ name: string }>(
      "SELECT tablename AS name FROM pg_tables WHERE schemaname = current_schema() AND tablename <> '_prisma_migrations'",
    );
    if (rows.length > 0) {
      await client.query(`TRUNCATE ${rows.map((r) => pg.escapeIdentifier(r.name)).join(", ")} RESTART IDENTITY CASCADE`);
    }
  } finally {
    await client.end();
  }
}
