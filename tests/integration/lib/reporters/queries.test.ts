import { afterAll, beforeEach, describe, expect, it, vi } from "vitest";

vi.mock("server-only", () => ({}));
vi.mock("next/cache", () => ({ unstable_cache: <T>(fn: T) => fn }));

import { XMLParser } from "fast-xml-parser";
import { createTestPool, truncateAll } from "../../../setup/db";

// Reporter profiles: what the account page writes, what bylines and /reporter/{id} read, the
// sitemap's profile pages and the proxy's 404 for reporters without a page.

process.env.SITE_URL = "https://news.example";
const pool = createTestPool();
const reporters = await import("@/lib/reporters/queries");
const profile = await import("@/lib/reporters/profile");
const sitemaps = await import("@/lib/sitemaps/build");
const { setTagExpirer } = await import("@/lib/cache/invalidate");
const { createUnknownPathState, isUnknownPath } = await import("@/lib/routing/unknown-paths");
const { prisma } = await import("@/lib/db");
const parser = new XMLParser({ isArray: (name) => name === "url" });

const expired: string[][] = [];
setTagExpirer((tags) => expired.push([...tags]));

let reporterId: number;
let quietId: number;
let boardId: number;

async function makeImage(uploaderId: number, key: string): Promise<number> {
  const image = await prisma.image.create({
    data: { originalKey: `images/${key}/original.jpg`, mimeType: "image/jpeg", width: 600, height: 600, bytes: 1000, alt: "사진", uploaderId },
  });
  await prisma.imageVariant.create({ data: { imageId: image.id, format: "jpeg", width: 480, height: 480, bytes: 500, storageKey: `images/${key}/480.jpg` } });
  return image.id;
}

beforeEach(async () => {
  await truncateAll(pool);
  expired.length = 0;
  reporterId = (await prisma.user.create({ data: { loginId: "hong", displayName: "홍길동", role: "REPORTER", passwordHash: "x" } })).id;
  quietId = (await prisma.user.create({ data: { loginId: "quiet", displayName: "김조용", role: "REPORTER", passwordHash: "x" } })).id;
  boardId = (await prisma.board.create({ data: { slug: "news", name: "행정" } })).id;
  // 40 published articles by 홍길동, an hour apart (id 40 newest), plus a draft of his and a desk story.
  await pool.query(
    `INSERT INTO articles (board_id, title, excerpt, author_name, author_id, status, published_at, edited_at, updated_at)
     SELECT $1, '홍 기사 ' || g, '요약 ' || g, '홍길동 기자', $2, 'PUBLISHED', timestamptz '2026-01-01 09:00+09' + g * interval '1 hour', now(), now()
       FROM generate_series(1, 40) g`,
    [boardId, reporterId],
  );
  await pool.query(
    `INSERT INTO articles (board_id, title, author_name, author_id, status, published_at, edited_at, updated_at) VALUES
       ($1, '홍 초안', '홍길동 기자', $2, 'DRAFT', NULL, now(), now()),
       ($1, '데스크', '편집부', NULL, 'PUBLISHED', now(), now(), now())`,
    [boardId, reporterId],
  );
});

afterAll(async () => {
  setTagExpirer(null);
  await pool.end();
  await prisma.$disconnect();
});

describe("reporter profiles", () => {
  it("saves name, email, bio and an own photo, records it, and expires the reporter's page, bylines and sitemap", async () => {
    const photoId = await makeImage(reporterId, "hong");
    const result = await profile.updateReporterProfile(reporterId, { displayName: "홍길동", email: "hong@example.com", bio: "시청 담당", photoId, removePhoto: false });
    expect(result).toEqual({ ok: true });
    expect(expired).toEqual([[`reporter:${reporterId}`, "reporters", "sitemap"]]);
    const view = await reporters.getReporter(reporterId);
    expect(view).toMatchObject({ id: reporterId, name: "홍길동", email: "hong@example.com", bio: "시청 담당" });
    expect(view?.photo?.src).toBe("/media/images/hong/480.jpg");
    expect((await pool.query("SELECT action FROM audit_logs WHERE target_id = $1", [String(reporterId)])).rows).toEqual([{ action: "user.profile" }]);

    // Keeping the photo when none is sent; removing it when asked.
    await profile.updateReporterProfile(reporterId, { displayName: "홍 길동", email: null, bio: "", photoId: undefined, removePhoto: false });
    expect(await reporters.getReporter(reporterId)).toMatchObject({ name: "홍 길동", email: null, bio: "" });
    expect((await reporters.getReporter(reporterId))?.photo).not.toBeNull();
    await profile.updateReporterProfile(reporterId, { displayName: "홍길동", email: null, bio: "", photoId: undefined, removePhoto: true });
    expect((await reporters.getReporter(reporterId))?.photo).toBeNull();
  });

  it("refuses a photo someone else uploaded, and changes nothing", async () => {
    const theirs = await makeImage(quietId, "quiet");
    const result = await profile.updateReporterProfile(reporterId, { displayName: "가로채기", email: null, bio: "", photoId: theirs, removePhoto: false });
    expect(result).toEqual({ ok: false, reason: "photoNotFound" });
    expect((await reporters.getReporter(reporterId))?.name).toBe("홍길동");
    expect(expired).toEqual([]);
  });

  it("lists a reporter's published articles newest first, page by page, and counts them", async () => {
    expect(await reporters.countReporterArticles(reporterId)).toBe(40);
    const first = await reporters.listReporterArticles(reporterId, 1, 15);
    expect(first.map((a) => a.title)).toEqual(Array.from({ length: 15 }, (_, i) => `홍 기사 ${40 - i}`));
    expect(first[0]).toMatchObject({ boardSlug: "news", boardName: "행정" });
    const last = await reporters.listReporterArticles(reporterId, 3, 15);
    expect(last.map((a) => a.title)).toEqual(Array.from({ length: 10 }, (_, i) => `홍 기사 ${10 - i}`));
    expect(await reporters.listReporterArticles(reporterId, 4, 15)).toEqual([]);
    expect(await reporters.countReporterArticles(quietId)).toBe(0);
    expect(await reporters.getReporter(999_999)).toBeNull();
  });

  it("puts reporters with a page in the pages sitemap, with their newest article as lastmod", async () => {
    const doc = parser.parse(await sitemaps.pagesSitemapXml());
    const reporterUrls = doc.urlset.url.filter((u: { loc: string }) => u.loc.includes("/reporter/"));
    expect(reporterUrls).toEqual([{ loc: `https://news.example/reporter/${reporterId}`, lastmod: "2026-01-03T01:00:00+09:00", changefreq: "daily" }]);
  });

  it("sends the proxy's unknown reporters, pages past the last and malformed ids to the 404 page", async () => {
    const state = createUnknownPathState();
    const db = { query: async <R,>(sql: string, params: unknown[] = []) => ({ rows: (await pool.query(sql, params)).rows as R[] }) };
    const unknown = (path: string) => isUnknownPath(state, db, new URL(path, "https://news.example"));
    expect(await unknown(`/reporter/${reporterId}`)).toBe(false);
    expect(await unknown(`/reporter/${reporterId}?page=3`)).toBe(false);
    expect(await unknown(`/reporter/${reporterId}?page=4`)).toBe(true);
    expect(await unknown(`/reporter/${quietId}`)).toBe(true);
    expect(await unknown("/reporter/12abc")).toBe(true);
    expect(await unknown("/reporter/99999999999")).toBe(true);
  });

  it("lists a prolific reporter's newest 10,005 articles: counting and paging stop there", async () => {
    const { REPORTER_MAX_ARTICLES, REPORTER_MAX_PAGES } = await import("@/lib/pagination");
    await pool.query(
      `INSERT INTO articles (board_id, title, author_name, author_id, status, published_at, edited_at, updated_at)
       SELECT $1, '다작 ' || g, '김조용 기자', $2, 'PUBLISHED', timestamptz '2020-01-01 09:00+09' + g * interval '1 minute', now(), now()
         FROM generate_series(1, $3::int) g`,
      [boardId, quietId, REPORTER_MAX_ARTICLES + 20],
    );
    expect(await reporters.countReporterArticles(quietId)).toBe(REPORTER_MAX_ARTICLES + 1);
    const last = await reporters.listReporterArticles(quietId, REPORTER_MAX_PAGES, 15);
    expect(last).toHaveLength(15);
    expect(last[0]!.title).toBe(`다작 ${REPORTER_MAX_ARTICLES + 20 - (REPORTER_MAX_PAGES - 1) * 15}`);
    const state = createUnknownPathState();
    const db = { query: async <R,>(sql: string, params: unknown[] = []) => ({ rows: (await pool.query(sql, params)).rows as R[] }) };
    expect(await isUnknownPath(state, db, new URL(`https://news.example/reporter/${quietId}?page=${REPORTER_MAX_PAGES}`))).toBe(false);
    expect(await isUnknownPath(state, db, new URL(`https://news.example/reporter/${quietId}?page=${REPORTER_MAX_PAGES + 1}`))).toBe(true);
  });
});
