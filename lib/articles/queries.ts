import "server-only";
import { cachedQuery } from "@/lib/cache/cached-query";
import { tags } from "@/lib/cache/tags";
import { prisma } from "@/lib/db";
import { boardSeqRange } from "@/lib/pagination";

// Reader-side reads. Every cached read is a cachedQuery with named tags (lib/cache/tags.ts), so
// lib/cache/invalidate.ts can expire exactly what a publish touched.

export type BoardKind = "NEWS" | "SCHEDULE" | "NOTICE";

export type BoardInfo = {
  id: number;
  slug: string;
  name: string;
  description: string;
  kind: BoardKind;
  pageSize: number;
};

export type ArticleSummary = {
  id: number;
  title: string;
  excerpt: string;
  boardSlug: string;
  boardName: string;
  publishedAt: Date;
};

export type BoardListItem = {
  id: number;
  title: string;
  excerpt: string;
  publishedAt: Date;
  /** Position in the board (1 = oldest); null for pinned notices. */
  boardSeq: number | null;
  /** The lead photo, for the list's thumbnail (board pages only). */
  thumb?: PictureView | null;
};

export type PhotoNewsItem = { id: number; title: string; publishedAt: Date; picture: PictureView };

export type PictureSource = { type: string; srcSet: string };

export type PictureView = {
  imageId: number;
  alt: string;
  caption: string | null;
  width: number;
  height: number;
  src: string;
  sources: PictureSource[];
};

export type CorrectionNote = { id: number; kind: "CORRECTION" | "REBUTTAL"; text: string; createdAt: Date };

export type ArticleDetail = {
  id: number;
  title: string;
  bodyHtml: string;
  excerpt: string;
  authorName: string;
  /** The author's account, when there is one: the byline then names the reporter (lib/reporters). */
  authorId: number | null;
  pinned: boolean;
  boardSeq: number | null;
  publishedAt: Date;
  editedAt: Date;
  board: BoardInfo;
  leadImage: PictureView | null;
  /** Images referenced by the body (`data-image-id`), for responsive sources. */
  bodyImages: Record<number, PictureView>;
  /** Corrections and replies (정정·반론보도), newest first. */
  corrections: CorrectionNote[];
};

// Published articles always have publishedAt; the column is nullable for drafts.
const publishedDate = (date: Date | null): Date => date ?? new Date(0);

// ---------------------------------------------------------------------------------------------
// Boards

const cachedBoards = cachedQuery(
  async (): Promise<BoardInfo[]> => {
    const rows = await prisma.board.findMany({
      orderBy: [{ sortOrder: "asc" }, { id: "asc" }],
      select: { id: true, slug: true, name: true, description: true, kind: true, pageSize: true },
    });
    return rows.map((row) => ({ ...row, pageSize: Math.max(1, row.pageSize) }));
  },
  ["reader:boards"],
  { tags: [tags.boards] },
);

export async function listBoards(): Promise<BoardInfo[]> {
  return cachedBoards();
}

export async function getBoard(slug: string): Promise<BoardInfo | null> {
  return (await cachedBoards()).find((board) => board.slug === slug) ?? null;
}

// ---------------------------------------------------------------------------------------------
// Site-wide lists

const cachedLatest = cachedQuery(
  async (limit: number): Promise<ArticleSummary[]> => {
    const rows = await prisma.article.findMany({
      where: { status: "PUBLISHED" },
      orderBy: [{ publishedAt: "desc" }, { id: "desc" }],
      take: limit,
      select: { id: true, title: true, excerpt: true, publishedAt: true, board: { select: { slug: true, name: true } } },
    });
    return rows.map((row) => ({
      id: row.id,
      title: row.title,
      excerpt: row.excerpt,
      boardSlug: row.board.slug,
      boardName: row.board.name,
      publishedAt: publishedDate(row.publishedAt),
    }));
  },
  ["reader:latest"],
  { tags: [tags.articles] },
);

export async function listLatestArticles(limit: number): Promise<ArticleSummary[]> {
  return cachedLatest(limit);
}

type BoardLatestRow = { board_id: number; id: number; title: string; excerpt: string; published_at: Date };

// One LATERAL query for every board's newest N: each lateral probe is a short index scan.
const cachedLatestPerBoard = cachedQuery(
  async (perBoard: number): Promise<Record<number, BoardListItem[]>> => {
    const rows = await prisma.$queryRawUnsafe<BoardLatestRow[]>(
      `SELECT b.id AS board_id, a.id, a.title, a.excerpt, a.published_at
         FROM boards b
         CROSS JOIN LATERAL (
           SELECT id, title, excerpt, published_at FROM articles
            WHERE board_id = b.id AND status = 'PUBLISHED'
            ORDER BY published_at DESC, id DESC LIMIT $1) a
        ORDER BY b.sort_order, b.id, a.published_at DESC, a.id DESC`,
      perBoard,
    );
    const out: Record<number, BoardListItem[]> = {};
    for (const row of rows) {
      (out[row.board_id] ??= []).push({
        id: row.id,
        title: row.title,
        excerpt: row.excerpt,
        publishedAt: row.published_at,
        boardSeq: null,
      });
    }
    return out;
  },
  ["reader:latest-per-board"],
  { tags: [tags.articles, tags.boards] },
);

/** The newest `perBoard` published articles of every board, keyed by board id. */
export async function listLatestPerBoard(perBoard: number): Promise<Record<number, BoardListItem[]>> {
  return cachedLatestPerBoard(perBoard);
}

/**
 * The newest edit of anything published: the site-wide "최종편집" time in every page's header.
 * Read fresh (one index probe) whenever a page renders, and deliberately not through a tagged
 * cache: a tag here would ride on every cached page, and every publish would then expire the
 * whole site. A page that a change did not touch shows the time of its last render instead,
 * at most its lifetime (one to five minutes) old.
 */
export async function getSiteLastEdited(): Promise<Date | null> {
  const row = await prisma.article.findFirst({ where: { status: "PUBLISHED" }, orderBy: { editedAt: "desc" }, select: { editedAt: true } });
  return row?.editedAt ?? null;
}

/**
 * The newest published articles with a lead photo: a walk down (status, published_at) that stops
 * after `limit` matches (about one article in six has a photo). Uncached; scripts/explain-features.ts
 * measures it.
 */
export async function loadPhotoNews(limit: number): Promise<PhotoNewsItem[]> {
  const rows = await prisma.article.findMany({
    where: { status: "PUBLISHED", leadImageId: { not: null } },
    orderBy: [{ publishedAt: "desc" }, { id: "desc" }],
    take: limit,
    select: { id: true, title: true, publishedAt: true, leadImage: { select: IMAGE_SELECT } },
  });
  return rows.flatMap((row) => (row.leadImage ? [{ id: row.id, title: row.title, publishedAt: publishedDate(row.publishedAt), picture: toPictureView(row.leadImage) }] : []));
}

const cachedPhotoNews = cachedQuery(loadPhotoNews, ["reader:photo-news"], { tags: [tags.articles] });

/** 포토뉴스: the newest published articles that have a lead photo. */
export async function listPhotoNews(limit: number): Promise<PhotoNewsItem[]> {
  return cachedPhotoNews(limit);
}

// ---------------------------------------------------------------------------------------------
// Board listings

const LIST_SELECT = {
  id: true,
  title: true,
  excerpt: true,
  publishedAt: true,
  boardSeq: true,
  leadImage: { select: { id: true, alt: true, caption: true, width: true, height: true, originalKey: true, variants: { select: { format: true, width: true, height: true, storageKey: true } } } },
} as const;

type ListRow = { id: number; title: string; excerpt: string; publishedAt: Date | null; boardSeq: number | null; leadImage: ImageRow | null };

const toListItem = (row: ListRow): BoardListItem => ({
  id: row.id,
  title: row.title,
  excerpt: row.excerpt,
  publishedAt: publishedDate(row.publishedAt),
  boardSeq: row.boardSeq,
  thumb: row.leadImage ? toPictureView(row.leadImage) : null,
});

function boardTags(slug: string): string[] {
  return [tags.board(slug)];
}

/**
 * Published, unpinned articles in the board = its highest boardSeq (the numbering is dense),
 * read from the (board_id, board_seq) index without counting rows.
 */
export async function countBoardArticles(board: BoardInfo): Promise<number> {
  const load = cachedQuery(
    async (boardId: number): Promise<number> => {
      const row = await prisma.article.aggregate({ where: { boardId }, _max: { boardSeq: true } });
      return row._max.boardSeq ?? 0;
    },
    ["reader:board-total", board.slug],
    { tags: boardTags(board.slug) },
  );
  return load(board.id);
}

/** Pinned notices of the board, newest first: shown above every page of the listing. */
export async function listPinnedArticles(board: BoardInfo): Promise<BoardListItem[]> {
  const load = cachedQuery(
    async (boardId: number): Promise<BoardListItem[]> => {
      const rows = await prisma.article.findMany({
        where: { boardId, status: "PUBLISHED", pinned: true },
        orderBy: [{ publishedAt: "desc" }, { id: "desc" }],
        take: 10,
        select: LIST_SELECT,
      });
      return rows.map(toListItem);
    },
    ["reader:board-pinned", board.slug],
    { tags: boardTags(board.slug) },
  );
  return load(board.id);
}

/**
 * Page `page` of the board, newest first, as a boardSeq range: an index range scan on
 * (board_id, board_seq) that costs the same on page 600 as on page 1. Empty past the end.
 */
export async function listBoardPage(board: BoardInfo, total: number, page: number): Promise<BoardListItem[]> {
  const range = boardSeqRange(total, page, board.pageSize);
  if (!range) return [];
  const load = cachedQuery(
    async (boardId: number, from: number, to: number): Promise<BoardListItem[]> => {
      const rows = await prisma.article.findMany({
        where: { boardId, boardSeq: { gte: from, lte: to } },
        orderBy: { boardSeq: "desc" },
        select: LIST_SELECT,
      });
      return rows.map(toListItem);
    },
    ["reader:board-page", board.slug],
    { tags: boardTags(board.slug) },
  );
  return load(board.id, range.from, range.to);
}

export type AdjacentArticles = { older: BoardListItem | null; newer: BoardListItem | null };

/** The articles just before and after `boardSeq` in the board's publish order. */
export async function getAdjacentArticles(board: BoardInfo, boardSeq: number | null): Promise<AdjacentArticles> {
  if (boardSeq === null) return { older: null, newer: null };
  const load = cachedQuery(
    async (boardId: number, seq: number): Promise<BoardListItem[]> => {
      const rows = await prisma.article.findMany({
        where: { boardId, boardSeq: { in: [seq - 1, seq + 1] } },
        select: LIST_SELECT,
      });
      return rows.map(toListItem);
    },
    ["reader:board-adjacent", board.slug],
    { tags: boardTags(board.slug) },
  );
  const rows = await load(board.id, boardSeq);
  return {
    older: rows.find((row) => row.boardSeq === boardSeq - 1) ?? null,
    newer: rows.find((row) => row.boardSeq === boardSeq + 1) ?? null,
  };
}

// ---------------------------------------------------------------------------------------------
// One article

type VariantRow = { format: string; width: number; height: number; storageKey: string };
type ImageRow = { id: number; alt: string; caption: string | null; width: number; height: number; originalKey: string; variants: VariantRow[] };

const FORMAT_ORDER = ["avif", "webp"] as const;

// Same prefix as lib/storage's MEDIA_URL_PREFIX; not imported, so pages don't pull in its fs code.
const MEDIA_URL_PREFIX = "/media/";

function mediaUrl(key: string): string {
  return MEDIA_URL_PREFIX + key.split("/").map(encodeURIComponent).join("/");
}

/** `<picture>` data: AVIF and WebP srcsets, a JPEG (or the original) as the `<img>` fallback. */
export function toPictureView(image: ImageRow): PictureView {
  const byFormat = (format: string) => image.variants.filter((v) => v.format === format).sort((a, b) => a.width - b.width);
  const sources: PictureSource[] = [];
  for (const format of FORMAT_ORDER) {
    const variants = byFormat(format);
    if (variants.length > 0) {
      sources.push({ type: `image/${format}`, srcSet: variants.map((v) => `${mediaUrl(v.storageKey)} ${v.width}w`).join(", ") });
    }
  }
  const jpegs = byFormat("jpeg");
  // The largest JPEG up to ~960px wide: a sane default for browsers without srcset support.
  const fallback = [...jpegs].reverse().find((v) => v.width <= 960) ?? jpegs[0];
  if (jpegs.length > 0) sources.push({ type: "image/jpeg", srcSet: jpegs.map((v) => `${mediaUrl(v.storageKey)} ${v.width}w`).join(", ") });
  return {
    imageId: image.id,
    alt: image.alt,
    caption: image.caption,
    width: image.width,
    height: image.height,
    src: fallback ? mediaUrl(fallback.storageKey) : mediaUrl(image.originalKey),
    sources,
  };
}

export const IMAGE_SELECT = {
  id: true,
  alt: true,
  caption: true,
  width: true,
  height: true,
  originalKey: true,
  variants: { select: { format: true, width: true, height: true, storageKey: true } },
} as const;

const BODY_IMAGE_ID_RE = /data-image-id="(\d{1,9})"/g;

type CachedArticle = Omit<ArticleDetail, "board"> & { boardId: number };

async function loadArticle(id: number): Promise<CachedArticle | null> {
  const row = await prisma.article.findUnique({
    where: { id },
    select: {
      id: true,
      title: true,
      body: true,
      excerpt: true,
      status: true,
      authorName: true,
      authorId: true,
      pinned: true,
      boardSeq: true,
      publishedAt: true,
      editedAt: true,
      boardId: true,
      leadImage: { select: IMAGE_SELECT },
      corrections: { orderBy: [{ createdAt: "desc" }, { id: "desc" }], select: { id: true, kind: true, text: true, createdAt: true } },
    },
  });
  if (!row || row.status !== "PUBLISHED" || !row.publishedAt) return null;
  const bodyImageIds = [...new Set(Array.from(row.body.matchAll(BODY_IMAGE_ID_RE), (m) => Number(m[1])))];
  const images = bodyImageIds.length
    ? await prisma.image.findMany({ where: { id: { in: bodyImageIds } }, select: IMAGE_SELECT })
    : [];
  const bodyImages: Record<number, PictureView> = {};
  for (const image of images) bodyImages[image.id] = toPictureView(image);
  return {
    id: row.id,
    title: row.title,
    bodyHtml: row.body,
    excerpt: row.excerpt,
    authorName: row.authorName,
    authorId: row.authorId,
    pinned: row.pinned,
    boardSeq: row.boardSeq,
    publishedAt: row.publishedAt,
    editedAt: row.editedAt,
    boardId: row.boardId,
    leadImage: row.leadImage ? toPictureView(row.leadImage) : null,
    bodyImages,
    corrections: row.corrections,
  };
}

/**
 * A published article, or null (unknown, draft, scheduled, unpublished or deleted). Cached
 * under `article:{id}`; the article page and its metadata share this one read.
 */
export async function getArticle(id: number): Promise<ArticleDetail | null> {
  if (!Number.isSafeInteger(id) || id < 1 || id > 2_147_483_647) return null;
  const load = cachedQuery(loadArticle, ["reader:article"], { tags: [tags.article(id)] });
  const row = await load(id);
  if (!row) return null;
  // The board comes from the boards list (tag `boards`), so renaming or re-sizing a board
  // reaches every article page without touching each article's tag.
  const board = (await cachedBoards()).find((b) => b.id === row.boardId);
  if (!board) return null;
  const { boardId, ...rest } = row;
  void boardId;
  return { ...rest, board };
}

/** `/article/123` → 123; anything but a canonical positive int4 → null. */
export function parseArticleId(raw: string): number | null {
  if (!/^[1-9][0-9]{0,9}$/.test(raw)) return null;
  const id = Number(raw);
  return id <= 2_147_483_647 ? id : null;
}

/**
 * The view count as the worker last folded it (within a second or two of the beacons). Not
 * cached: the article page is regenerated at most every 60 s, which bounds its staleness.
 */
export async function getViewCount(id: number): Promise<number> {
  const row = await prisma.article.findUnique({ where: { id }, select: { viewCount: true } });
  return row?.viewCount ?? 0;
}
