import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

vi.mock("server-only", () => ({}));
vi.mock("next/cache", () => ({ unstable_cache: <T>(fn: T) => fn }));

import { createTestPool, truncateAll } from "../../../setup/db";

// 포토뉴스 and board-list thumbnails: articles with a lead photo, as responsive pictures.

const pool = createTestPool();
const queries = await import("@/lib/articles/queries");
const { prisma } = await import("@/lib/db");
let boardId: number;
let imageId: number;

beforeAll(async () => {
  await truncateAll(pool);
  boardId = (await prisma.board.create({ data: { slug: "news", name: "행정" } })).id;
  const image = await prisma.image.create({ data: { originalKey: "images/a/original.jpg", mimeType: "image/jpeg", width: 1440, height: 960, bytes: 1, alt: "시청 광장의 행사" } });
  imageId = image.id;
  for (const [format, width] of [["avif", 480], ["webp", 480], ["jpeg", 480], ["avif", 960], ["webp", 960], ["jpeg", 960]] as const) {
    await prisma.imageVariant.create({ data: { imageId, format, width, height: (width * 2) / 3, bytes: 1, storageKey: `images/a/${width}.${format}` } });
  }
  // 1..8 published an hour apart (8 newest); photos on 2, 5, 6 and 8; 7 has a photo but is a draft.
  await pool.query(
    `INSERT INTO articles (board_id, title, author_name, status, published_at, lead_image_id, board_seq, edited_at, updated_at)
     SELECT $1, '기사 ' || g, '편집부', CASE WHEN g = 7 THEN 'DRAFT'::"ArticleStatus" ELSE 'PUBLISHED' END,
            CASE WHEN g = 7 THEN NULL ELSE timestamptz '2026-01-01 09:00+09' + g * interval '1 hour' END,
            CASE WHEN g IN (2, 5, 6, 7, 8) THEN $2::int END,
            CASE WHEN g < 7 THEN g WHEN g = 8 THEN 7 END, now(), now()
       FROM generate_series(1, 8) g`,
    [boardId, imageId],
  );
});

afterAll(async () => {
  await pool.end();
  await prisma.$disconnect();
});

describe("photo news", () => {
  it("lists the newest published articles that have a lead photo, with every variant and the size", async () => {
    const items = await queries.listPhotoNews(3);
    expect(items.map((i) => i.title)).toEqual(["기사 8", "기사 6", "기사 5"]);
    const picture = items[0]!.picture;
    expect(picture).toMatchObject({ alt: "시청 광장의 행사", width: 1440, height: 960, src: "/media/images/a/960.jpeg" });
    expect(picture.sources.map((s) => s.type)).toEqual(["image/avif", "image/webp", "image/jpeg"]);
    expect(picture.sources[0]!.srcSet).toBe("/media/images/a/480.avif 480w, /media/images/a/960.avif 960w");
  });

  it("gives board-list items with a lead photo a thumbnail, and the others none", async () => {
    const board = (await queries.getBoard("news"))!;
    const total = await queries.countBoardArticles(board);
    const items = await queries.listBoardPage(board, total, 1);
    expect(items.map((i) => [i.title, i.thumb ? i.thumb.imageId : null])).toEqual([
      ["기사 8", imageId],
      ["기사 6", imageId],
      ["기사 5", imageId],
      ["기사 4", null],
      ["기사 3", null],
      ["기사 2", imageId],
      ["기사 1", null],
    ]);
  });
});
