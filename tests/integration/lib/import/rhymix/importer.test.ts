import { spawn } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import mysql from "mysql2/promise";
import sharp from "sharp";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";

vi.mock("server-only", () => ({}));

import { createTestPool, testDatabaseUrl, truncateAll } from "../../../../setup/db";
import { createXeDatabase, dropXeDatabase, loadSmallFixture, loadSyntheticSite, uniqueXeDatabaseName, type SmallFixture } from "../../../../fixtures/xe/site";
import { ImportError, importRhymix, type ImportReport } from "@/lib/import/rhymix/importer";
import { LocalDiskStorage } from "@/lib/storage";

const service = await import("@/lib/articles/service");
const { NextRequest } = await import("next/server");
const { resetStoredRedirects, resolveStoredRedirect } = await import("@/lib/routing/stored-redirects");
const { clearLegacyUrlMemo } = await import("@/lib/routing/legacy-urls");
const { prisma } = await import("@/lib/db");
(await import("@/lib/articles/transaction")).setInvalidator(() => {});

const pool = createTestPool();
let work: string;
let storage: LocalDiskStorage;
let fixture: SmallFixture;
const extraDatabases: string[] = [];

beforeAll(async () => {
  work = await mkdtemp(path.join(tmpdir(), "xe-import-"));
  storage = new LocalDiskStorage(path.join(work, "uploads"));
  fixture = await loadSmallFixture(uniqueXeDatabaseName("it"), path.join(work, "files"));
});

afterAll(async () => {
  await dropXeDatabase(fixture.database);
  for (const name of extraDatabases) await dropXeDatabase(name);
  await truncateAll(pool);
  await pool.end();
  await prisma.$disconnect();
  await rm(work, { recursive: true, force: true });
});

beforeEach(async () => {
  await truncateAll(pool);
});

function run(overrides: Partial<Parameters<typeof importRhymix>[0]> = {}): Promise<ImportReport> {
  return importRhymix({ databaseUrl: testDatabaseUrl(), from: fixture.url, filesDir: fixture.filesDir, storage, ...overrides });
}

async function one<T extends Record<string, unknown>>(sql: string, params: unknown[] = []): Promise<T> {
  const { rows } = await pool.query<T>(sql, params);
  if (!rows[0]) throw new Error(`no row for ${sql}`);
  return rows[0];
}

async function articleOf(srl: number) {
  return one<{
    id: number; title: string; body: string; body_text: string; excerpt: string; status: string; author_name: string; author_id: number | null;
    lead_image_id: number | null; pinned: boolean; view_count: number; board_seq: number | null; published_at: Date; version: number; slug: string;
  }>(
    `SELECT a.*, a.status::text AS status, b.slug FROM legacy_ids l JOIN articles a ON a.id = l.target_id JOIN boards b ON b.id = a.board_id
      WHERE l.kind = 'document' AND l.legacy_key = $1`,
    [String(srl)],
  );
}

/** Rows whose board_seq differs from the invariant (lib/articles/board-seq.ts). */
async function seqViolations(): Promise<number> {
  const row = await one<{ n: number }>(`
    SELECT count(*)::int AS n FROM articles a JOIN (
      SELECT id, CASE WHEN status = 'PUBLISHED' AND NOT pinned
        THEN row_number() OVER (PARTITION BY board_id, (status = 'PUBLISHED' AND NOT pinned) ORDER BY published_at, id) END AS seq
      FROM articles) s USING (id)
    WHERE a.board_seq IS DISTINCT FROM s.seq`);
  return row.n;
}

describe("XE/Rhymix import of the fixture site (real MariaDB, real PostgreSQL)", () => {
  it("imports boards with their page sizes and categories, posts, notices and view counts", async () => {
    const report = await run();
    expect(report.boards.map((b) => [b.mid, b.slug, b.created])).toEqual([
      ["news", "news", true],
      ["schedule", "schedule", true],
      ["Notice_Board", "notice-board", true],
    ]);
    const boards = (await pool.query("SELECT slug, name, page_size, kind::text AS kind FROM boards ORDER BY id")).rows;
    expect(boards).toEqual([
      { slug: "news", name: "뉴스", page_size: 15, kind: "NEWS" },
      { slug: "schedule", name: "오늘의 주요일정", page_size: 20, kind: "SCHEDULE" },
      { slug: "notice-board", name: "공지사항", page_size: 10, kind: "NEWS" },
    ]);
    const categories = await one<{ detail: { categories: Array<{ title: string }> } }>("SELECT detail FROM legacy_ids WHERE kind = 'board' AND legacy_key = 'news'");
    expect(categories.detail.categories.map((c) => c.title)).toEqual(["행정", "사회"]);

    const news = report.boards[0]!;
    // 40 public posts + the notice + the temporary post; the secret and the undated one skipped.
    expect([news.imported, news.skipped]).toEqual([42, 2]);
    expect(report.skipped.map((s) => [s.srl, s.reason.split(" ")[0]])).toEqual([
      [fixture.secretSrl, "secret"],
      [fixture.badDateSrl, "regdate"],
    ]);
    expect(report.outsideBoards).toBe(1);

    const plain = await articleOf(fixture.plainArticle.srl);
    expect(plain).toMatchObject({ title: fixture.plainArticle.title, status: "PUBLISHED", view_count: fixture.plainArticle.readed, author_name: "홍길동", board_seq: 1, pinned: false, version: 1 });
    expect(plain.published_at.toISOString()).toBe("2025-02-03T01:00:00.000Z"); // regdate 20250203100000 KST
    const notice = await articleOf(fixture.noticeArticle.srl);
    expect(notice).toMatchObject({ pinned: true, board_seq: null, view_count: 321 });
    expect((await articleOf(fixture.tempSrl)).status).toBe("DRAFT");
    expect(await seqViolations()).toBe(0);
    // The dense numbering keeps XE's pages: 40 listed posts, 15 a page.
    expect((await one<{ n: number }>("SELECT max(board_seq)::int AS n FROM articles a JOIN boards b ON b.id = a.board_id WHERE b.slug = 'news'")).n).toBe(fixture.newsPublicCount);

    const revisions = await one<{ n: number; articles: number }>("SELECT count(*)::int AS n, (SELECT count(*)::int FROM articles) AS articles FROM article_revisions WHERE version = 1");
    expect(revisions.n).toBe(revisions.articles);
    const audits = await one<{ n: number }>("SELECT count(*)::int AS n FROM audit_logs WHERE action = 'article.import'");
    expect(audits.n).toBe(revisions.articles);
  });

  it("cleans XE markup, stores photos like uploads (variants, no EXIF) and points the body at them", async () => {
    const report = await run();
    const article = await articleOf(fixture.photoArticle.srl);
    expect(article.body).not.toMatch(/style=|editor_component|class=|&nbsp;|\.\/files\//);
    expect(article.body).toMatch(/^<figure><img src="\/media\/images\/\d{4}\/\d{2}\/[0-9a-f-]+\/480\.jpg" width="480" height="360" alt="시청 앞 광장" loading="lazy" data-image-id="\d+" \/><\/figure><p>/);
    expect(article.body).toContain('<a href="/media/files/');
    expect(article.body_text.split("\n")[0]).toBe("시는 올해 상반기 중 시민 생활과 밀접한 사업을 우선 추진하겠다고 밝혔다.");
    expect(article.lead_image_id).not.toBeNull();

    const image = await one<{ original_key: string; width: number; height: number; variants: number }>(
      "SELECT i.original_key, i.width, i.height, (SELECT count(*)::int FROM image_variants v WHERE v.image_id = i.id) AS variants FROM images i WHERE i.id = $1",
      [article.lead_image_id],
    );
    expect([image.width, image.height]).toEqual([800, 600]);
    expect(image.variants).toBe(3); // one width (480) in three formats: 800 px is below 960
    const original = await storage.get(image.original_key);
    const meta = await sharp(original!).metadata();
    expect(meta.exif).toBeUndefined();
    expect(original!.includes(Buffer.from("secret-exif-marker"))).toBe(false);

    const file = await one<{ target_path: string }>("SELECT target_path FROM legacy_ids WHERE kind = 'file' AND legacy_key = $1", [fixture.photoArticle.oldFilePath.replace("/files/", "")]);
    expect(file.target_path).toBe(`/media/${image.original_key}`);
    expect(report.files.map((f) => [f.fileSrl, f.reason.split(" (")[0]])).toEqual([[fixture.missingFileSrl, "missing on disk"]]);
    const missing = await articleOf(1039);
    expect(missing.body).not.toContain("<img");
  });

  it("keeps authors without passwords: members become disabled accounts, guests and deleted members keep their nickname", async () => {
    await run();
    const users = (await pool.query("SELECT login_id, display_name, password_hash, disabled, role::text AS role FROM users ORDER BY login_id")).rows;
    expect(users).toEqual([
      { login_id: "admin", display_name: "관리자", password_hash: "!", disabled: true, role: "REPORTER" },
      { login_id: "hong", display_name: "홍길동", password_hash: "!", disabled: true, role: "REPORTER" },
    ]);
    expect(await articleOf(fixture.guestArticle.srl)).toMatchObject({ author_name: "시민기자", author_id: null });
    expect(await articleOf(fixture.deletedMemberArticle.srl)).toMatchObject({ author_name: "탈퇴한기자", author_id: null });
  });

  it("turns daily schedule posts into schedule entries with the editor's parser, keeping refused lines as text", async () => {
    const report = await run();
    const post = await articleOf(fixture.schedulePost.srl);
    const entries = (await pool.query("SELECT to_char(date, 'YYYY-MM-DD') AS date, time, event, place, attendees, department, host FROM schedule_entries WHERE article_id = $1 ORDER BY sort_order", [post.id])).rows;
    expect(entries).toHaveLength(fixture.schedulePost.parsedLines);
    expect(entries[0]).toEqual({ date: fixture.schedulePost.date, time: "08:30", event: "간부회의", place: "부시장실", attendees: "9명", department: "행정지원과", host: "부시장" });
    expect(entries[1]).toMatchObject({ host: "시 장" });
    expect(post.body).toContain(`<p>${fixture.schedulePost.badLines[0]}</p>`);
    expect(report.scheduleLines).toEqual([{ srl: fixture.schedulePost.srl, text: fixture.schedulePost.badLines[0], reason: expect.stringContaining("종일") }]);
    expect(report.scheduleDays).toEqual(["2025-02-19", "2025-02-20"]);
  });

  it("stores what the posts service stores: an editor save changes nothing, and publishing continues the numbering", async () => {
    await run();
    const article = await articleOf(fixture.photoArticle.srl);
    const editor = await prisma.user.create({ data: { loginId: "desk", displayName: "데스크", role: "EDITOR", passwordHash: "x" } });
    const actor = { id: editor.id, role: "EDITOR" as const, displayName: "데스크" };
    const saved = await service.saveArticle(actor, article.id, { title: article.title, boardId: (await one<{ board_id: number }>("SELECT board_id FROM articles WHERE id = $1", [article.id])).board_id, body: article.body }, { baseVersion: 1 });
    expect(saved).toMatchObject({ ok: true, version: 1 }); // same text: no new version
    const after = await articleOf(fixture.photoArticle.srl);
    expect([after.body, after.body_text, after.excerpt, after.lead_image_id]).toEqual([article.body, article.body_text, article.excerpt, article.lead_image_id]);

    const newsId = (await one<{ id: number }>("SELECT id FROM boards WHERE slug = 'news'")).id;
    const published = await service.createArticle(actor, { title: "새 기사", boardId: newsId, body: "<p>이전 뒤 첫 기사</p>" }, { intent: "publish" });
    expect(published.ok).toBe(true);
    const row = await one<{ board_seq: number }>("SELECT board_seq FROM articles WHERE id = $1", [published.ok ? published.id : 0]);
    expect(row.board_seq).toBe(fixture.newsPublicCount + 1);
    expect(await seqViolations()).toBe(0);
  });

  it("is idempotent: a second run duplicates nothing and takes changed posts as a new version", async () => {
    await run();
    const counts = async () => one<{ articles: number; images: number; users: number; entries: number }>(
      "SELECT (SELECT count(*)::int FROM articles) AS articles, (SELECT count(*)::int FROM images) AS images, (SELECT count(*)::int FROM users) AS users, (SELECT count(*)::int FROM schedule_entries) AS entries",
    );
    const first = await counts();
    const again = await run();
    expect(await counts()).toEqual(first);
    expect(again.boards.map((b) => [b.imported, b.updated])).toEqual([[0, 0], [0, 0], [0, 0]]);

    const xe = await mysql.createConnection({ uri: fixture.url });
    await xe.query("UPDATE xe_documents SET title = '한빛시 소식 1호: 고쳐 쓴 제목', last_update = '20250301120000', readed_count = readed_count + 50 WHERE document_srl = ?", [fixture.plainArticle.srl]);
    await xe.query("UPDATE xe_documents SET readed_count = 5000 WHERE document_srl = ?", [fixture.guestArticle.srl]);
    try {
      const third = await run();
      expect(third.boards[0]).toMatchObject({ imported: 0, updated: 1 });
      const changed = await articleOf(fixture.plainArticle.srl);
      expect(changed).toMatchObject({ title: "한빛시 소식 1호: 고쳐 쓴 제목", version: 2, view_count: fixture.plainArticle.readed + 50, board_seq: 1 });
      expect((await pool.query("SELECT version FROM article_revisions WHERE article_id = $1 ORDER BY version", [changed.id])).rows).toEqual([{ version: 1 }, { version: 2 }]);
      expect((await articleOf(fixture.guestArticle.srl)).view_count).toBe(5000);
      expect(third.updatedArticles).toEqual([{ id: changed.id, boardSlug: "news" }]);
      expect(await counts()).toEqual(first);
      expect(await seqViolations()).toBe(0);
    } finally {
      await xe.query("UPDATE xe_documents SET title = ?, last_update = regdate, readed_count = ? WHERE document_srl = ?", [fixture.plainArticle.title, fixture.plainArticle.readed, fixture.plainArticle.srl]);
      await xe.query("UPDATE xe_documents SET readed_count = ? WHERE document_srl = ?", [fixture.guestArticle.readed, fixture.guestArticle.srl]);
      await xe.end();
    }
  });

  it("follows the old site: a post made secret there leaves our site, a post moved to another board moves here", async () => {
    await run();
    const xe = await mysql.createConnection({ uri: fixture.url });
    await xe.query("UPDATE xe_documents SET status = 'SECRET' WHERE document_srl = ?", [fixture.guestArticle.srl]);
    await xe.query("UPDATE xe_documents SET module_srl = 103, last_update = '20250302000000' WHERE document_srl = ?", [fixture.plainArticle.srl]);
    try {
      const again = await run();
      expect(await articleOf(fixture.guestArticle.srl)).toMatchObject({ status: "UNPUBLISHED", board_seq: null });
      expect(await articleOf(fixture.plainArticle.srl)).toMatchObject({ slug: "notice-board", version: 2 });
      expect(again.updatedArticles.map((a) => a.boardSlug).sort()).toEqual(["news", "notice-board"]);
      expect(await seqViolations()).toBe(0);
      expect((await one<{ n: number }>("SELECT max(board_seq)::int AS n FROM articles a JOIN boards b ON b.id = a.board_id WHERE b.slug = 'news'")).n).toBe(fixture.newsPublicCount - 2);
    } finally {
      await xe.query("UPDATE xe_documents SET status = 'PUBLIC' WHERE document_srl = ?", [fixture.guestArticle.srl]);
      await xe.query("UPDATE xe_documents SET module_srl = 101, last_update = regdate WHERE document_srl = ?", [fixture.plainArticle.srl]);
      await xe.end();
    }
  });

  it("resumes after a crash: boards committed before the kill are kept, the rest is imported once", { timeout: 120_000 }, async () => {
    const name = uniqueXeDatabaseName("crash");
    extraDatabases.push(name);
    const url = await loadSyntheticSite(name, { documents: 6000, boards: 3 });
    const child = spawn(process.execPath, ["--import", "tsx", "scripts/import-rhymix.ts", "--from", url, "--skip-files", "--database-url", testDatabaseUrl()], {
      cwd: path.resolve(import.meta.dirname, "../../../../.."),
      stdio: "ignore",
    });
    const exited = new Promise((resolve) => child.once("exit", resolve));
    // Killed (no chance to clean up) as soon as the first board has committed.
    await expect.poll(async () => (await one<{ n: number }>("SELECT count(*)::int AS n FROM legacy_ids WHERE kind = 'document'")).n, { timeout: 60_000, interval: 50 }).toBeGreaterThan(0);
    child.kill("SIGKILL");
    await exited;
    const committed = (await one<{ n: number }>("SELECT count(*)::int AS n FROM articles")).n;
    expect(committed).toBe(3000);

    const resumed = await run({ from: url, filesDir: null, skipFiles: true });
    expect(resumed.boards.map((b) => [b.mid, b.imported, b.unchanged])).toEqual([["news", 0, 3000], ["board1", 1500, 0], ["board2", 1500, 0]]);
    expect((await one<{ n: number }>("SELECT count(*)::int AS n FROM articles")).n).toBe(6000);
    expect(await seqViolations()).toBe(0);
  });

  it("writes nothing on a dry run, yet reports what it would do", async () => {
    const report = await run({ dryRun: true });
    expect(report.dryRun).toBe(true);
    expect(report.boards[0]?.imported).toBe(42);
    const row = await one<{ n: number }>("SELECT (SELECT count(*) FROM boards) + (SELECT count(*) FROM articles) + (SELECT count(*) FROM legacy_ids) + (SELECT count(*) FROM images) + (SELECT count(*) FROM users) AS n");
    expect(Number(row.n)).toBe(0);
  });
});

describe("XE/Rhymix import: bad input gets a clear message and leaves nothing half-written", () => {
  async function failure(promise: Promise<unknown>): Promise<ImportError> {
    const error = await promise.then(() => null, (e: unknown) => e);
    expect(error).toBeInstanceOf(ImportError);
    return error as ImportError;
  }

  async function nothingWritten(): Promise<void> {
    const row = await one<{ n: string }>("SELECT (SELECT count(*) FROM boards) + (SELECT count(*) FROM articles) + (SELECT count(*) FROM legacy_ids) AS n");
    expect(Number(row.n)).toBe(0);
  }

  it("a database that is not XE", async () => {
    const name = uniqueXeDatabaseName("notxe");
    extraDatabases.push(name);
    const conn = await mysql.createConnection({ uri: fixture.url.replace(/\/[^/]*$/, "/") });
    await conn.query(`CREATE DATABASE \`${name}\``);
    await conn.query(`CREATE TABLE \`${name}\`.wp_posts (id int primary key, post_title text)`);
    await conn.end();
    const error = await failure(run({ from: fixture.url.replace(fixture.database, name) }));
    expect(error.message).toBe(`database "${name}" is not an XE/Rhymix database: it has no xe_modules or xe_documents table`);
    expect(error.hint).toContain("--from");
    await nothingWritten();
  });

  it("a wrong prefix names the right one", async () => {
    const error = await failure(run({ prefix: "rx_" }));
    expect(error.message).toContain('no XE tables with prefix "rx_"');
    expect(error.hint).toBe('its XE tables use the prefix "xe_": run again with --prefix xe_');
    await nothingWritten();
  });

  it("a missing files directory, or none given for a site with attachments", async () => {
    const missing = await failure(run({ filesDir: path.join(work, "no-such-dir") }));
    expect(missing.message).toContain("no such directory");
    const notGiven = await failure(run({ filesDir: null }));
    expect(notGiven.message).toBe("this site has attachments, and --files was not given");
    expect(notGiven.hint).toContain("--skip-files");
    await nothingWritten();
  });

  it("unreachable servers and unknown databases", async () => {
    expect((await failure(run({ from: "mysql://root@127.0.0.1:1/xe" }))).message).toContain("cannot reach MySQL/MariaDB at 127.0.0.1:1");
    expect((await failure(run({ from: fixture.url.replace(fixture.database, "no_such_db_here") }))).message).toBe('there is no database "no_such_db_here" on 127.0.0.1:3306');
    await nothingWritten();
  });

  it("a row with invalid UTF-8 rolls its board back and names the row; boards before it stay, a fixed rerun completes", async () => {
    const name = uniqueXeDatabaseName("utf8");
    extraDatabases.push(name);
    const broken = await loadSmallFixture(name, path.join(work, "files-utf8"));
    const xe = await mysql.createConnection({ uri: broken.url });
    // As an old site whose table stores raw bytes: MariaDB itself would refuse them in utf8mb4.
    await xe.query("ALTER TABLE xe_documents MODIFY content LONGBLOB NOT NULL");
    await xe.query("UPDATE xe_documents SET content = X'3C703EED959CC3283C2F703E' WHERE document_srl = ?", [broken.schedulePost.srl]);
    const error = await failure(run({ from: broken.url, filesDir: broken.filesDir }));
    expect(error.message).toBe(`board "schedule" was rolled back (nothing of it was written): documents.content of document_srl ${broken.schedulePost.srl} is not valid UTF-8`);
    expect(error.hint).toContain("run the import again");
    const slugs = (await pool.query("SELECT slug FROM boards ORDER BY id")).rows.map((r) => r.slug);
    expect(slugs).toEqual(["news"]);
    expect((await one<{ n: number }>("SELECT count(*)::int AS n FROM articles")).n).toBe(42);

    await xe.query("UPDATE xe_documents SET content = '<p>▲ 09:00 - 고친 일정</p>' WHERE document_srl = ?", [broken.schedulePost.srl]);
    await xe.end();
    const resumed = await run({ from: broken.url, filesDir: broken.filesDir });
    expect(resumed.boards.map((b) => [b.mid, b.imported, b.unchanged])).toEqual([["news", 0, 42], ["schedule", 2, 0], ["Notice_Board", 2, 0]]);
  });
});

// An XE database with a different prefix works the same (Rhymix installs often use rx_).
describe("prefixes", () => {
  it("reads a site installed with prefix rx_", async () => {
    const name = uniqueXeDatabaseName("rx");
    extraDatabases.push(name);
    await createXeDatabase(name, "rx_");
    const conn = await mysql.createConnection({ uri: fixture.url.replace(fixture.database, name) });
    await conn.query("INSERT INTO rx_modules (module_srl, module, mid, browser_title) VALUES (7, 'board', 'free', '자유게시판')");
    await conn.end();
    const report = await run({ from: fixture.url.replace(fixture.database, name), prefix: "rx_", filesDir: null });
    expect(report.boards.map((b) => [b.slug, b.imported])).toEqual([["free", 0]]);
  });
});

describe("old XE addresses after the import (the proxy's resolver, real database)", () => {
  afterAll(() => {
    resetStoredRedirects();
  });

  async function get(url: string): Promise<{ status: number | null; location: string | null; rewrite: string | null }> {
    const response = await resolveStoredRedirect(new NextRequest(`http://news.example${url}`));
    const rewrite = response?.headers.get("x-middleware-rewrite");
    return { status: response?.status ?? null, location: response?.headers.get("location") ?? null, rewrite: rewrite ? new URL(rewrite).pathname : null };
  }

  it("answers 301 from every old shape to the new address, and a real 404 for ids it does not know", async () => {
    await run();
    clearLegacyUrlMemo();
    resetStoredRedirects();
    const photo = await articleOf(fixture.photoArticle.srl);
    const image = await one<{ original_key: string }>("SELECT original_key FROM images WHERE id = $1", [photo.lead_image_id]);
    const srl = fixture.photoArticle.srl;
    for (const url of [`/index.php?mid=news&document_srl=${srl}`, `/index.php?document_srl=${srl}`, `/?document_srl=${srl}`, `/news/${srl}`, `/${srl}`]) {
      expect(await get(url), url).toEqual({ status: 301, location: `http://news.example/article/${photo.id}`, rewrite: null });
    }
    expect(await get("/index.php?mid=news&page=2")).toMatchObject({ status: 301, location: "http://news.example/board/news?page=2" });
    expect(await get("/news")).toMatchObject({ status: 301, location: "http://news.example/board/news" });
    expect(await get("/Notice_Board")).toMatchObject({ status: 301, location: "http://news.example/board/notice-board" });
    expect(await get(fixture.photoArticle.oldFilePath)).toMatchObject({ status: 301, location: `http://news.example/media/${image.original_key}` });
    expect(await get(`/index.php?module=file&act=procFileDownload&file_srl=${fixture.photoArticle.fileSrl}&sid=x`)).toMatchObject({ status: 301, location: `http://news.example/media/${image.original_key}` });
    for (const url of ["/index.php?document_srl=999999", "/999999", "/news/999999", `/index.php?document_srl=${fixture.secretSrl}`, "/index.php?mid=nowhere", "/nowhere", "/files/attach/images/1/2/none.jpg"]) {
      expect(await get(url), url).toEqual({ status: 200, location: null, rewrite: "/_unknown" });
    }
    // Our own pages are not old addresses.
    expect(await get(`/article/${photo.id}`)).toEqual({ status: null, location: null, rewrite: null });
    expect(await get("/board/news")).toEqual({ status: null, location: null, rewrite: null });
  });
});
