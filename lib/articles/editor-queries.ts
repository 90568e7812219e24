import "server-only";
import { prisma } from "@/lib/db";
import { can, type ArticleResource } from "@/lib/auth/roles";
import type { SessionUser } from "@/lib/auth/session-types";
import { Prisma, type ArticleStatus } from "@/lib/generated/prisma/client";
import type { ScheduleLine } from "@/lib/validations/schedule-entry";

/** Who is looking: what the lists and the edit page show depends on `article.preview`. */
export type Viewer = Pick<SessionUser, "id" | "role">;

/** Whether the viewer may see this article's text in the editor: public, or `article.preview` allows it. */
export function canViewInEditor(viewer: Viewer, article: ArticleResource): boolean {
  return article.status === "PUBLISHED" || can(viewer, "article.preview", article);
}

/** The same rule as SQL over `articles a`: a reporter sees published articles and their own. */
function visibleTo(viewer: Viewer): Prisma.Sql {
  return can(viewer, "article.preview") ? Prisma.sql`TRUE` : Prisma.sql`(a.status = 'PUBLISHED' OR a.author_id = ${viewer.id})`;
}

// Reads of the editor area. Never cached: editors must see their own writes at once.
// Lists are newest-first by id (the primary key index), so they stay fast at a million rows.

export const EDITOR_PAGE_SIZE = 30;
export const STATUS_FILTERS = ["DRAFT", "SUBMITTED", "SCHEDULED", "PUBLISHED", "UNPUBLISHED", "DELETED"] as const;
export type StatusFilter = (typeof STATUS_FILTERS)[number];

export type EditorArticleFilters = {
  status?: StatusFilter;
  boardId?: number;
  authorId?: number;
  query?: string;
  page?: number;
};

export type EditorArticleRow = {
  id: number;
  title: string;
  status: ArticleStatus;
  submitted: boolean;
  boardName: string;
  authorName: string;
  authorId: number | null;
  viewCount: number;
  updatedAt: Date;
  publishedAt: Date | null;
  scheduledAt: Date | null;
};

// "Submitted" (검토 요청) is a draft whose author asked for review: articles.submitted_at, which
// only a DRAFT carries (a CHECK constraint), so it needs no status test beside it.
const SUBMITTED_SQL = Prisma.sql`a.submitted_at IS NOT NULL`;

function whereOf(filters: EditorArticleFilters, viewer: Viewer): Prisma.Sql {
  const parts: Prisma.Sql[] = [visibleTo(viewer)];
  if (filters.status === "SUBMITTED") parts.push(SUBMITTED_SQL);
  else if (filters.status) parts.push(Prisma.sql`a.status = ${filters.status}::"ArticleStatus"`);
  else parts.push(Prisma.sql`a.status <> 'DELETED'`);
  if (filters.boardId) parts.push(Prisma.sql`a.board_id = ${filters.boardId}`);
  if (filters.authorId) parts.push(Prisma.sql`a.author_id = ${filters.authorId}`);
  const q = filters.query?.trim();
  if (q) {
    const pattern = `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    parts.push(Prisma.sql`a.title ILIKE ${pattern}`);
  }
  return Prisma.join(parts, " AND ");
}

export async function listEditorArticles(filters: EditorArticleFilters, viewer: Viewer): Promise<{ rows: EditorArticleRow[]; total: number }> {
  const where = whereOf(filters, viewer);
  const page = Math.max(1, filters.page ?? 1);
  const [rows, count] = await Promise.all([
    prisma.$queryRaw<
      Array<{
        id: number;
        title: string;
        status: ArticleStatus;
        submitted: boolean;
        board_name: string;
        author_name: string;
        author_id: number | null;
        view_count: number;
        updated_at: Date;
        published_at: Date | null;
        scheduled_at: Date | null;
      }>
    >`
      SELECT a.id, a.title, a.status::text AS status, ${SUBMITTED_SQL} AS submitted,
             b.name AS board_name, a.author_name, a.author_id, a.view_count, a.updated_at, a.published_at, a.scheduled_at
      FROM articles a JOIN boards b ON b.id = a.board_id
      WHERE ${where}
      ORDER BY a.id DESC
      LIMIT ${EDITOR_PAGE_SIZE} OFFSET ${(page - 1) * EDITOR_PAGE_SIZE}`,
    prisma.$queryRaw<Array<{ n: bigint }>>`SELECT count(*) AS n FROM articles a WHERE ${where}`,
  ]);
  return {
    rows: rows.map((r) => ({
      id: r.id,
      title: r.title,
      status: r.status,
      submitted: r.submitted,
      boardName: r.board_name,
      authorName: r.author_name,
      authorId: r.author_id,
      viewCount: r.view_count,
      updatedAt: r.updated_at,
      publishedAt: r.published_at,
      scheduledAt: r.scheduled_at,
    })),
    total: Number(count[0]?.n ?? 0),
  };
}

export async function countArticlesByStatus(viewer: Viewer): Promise<Record<StatusFilter, number>> {
  const visible = visibleTo(viewer);
  const rows = await prisma.$queryRaw<Array<{ status: StatusFilter; n: bigint }>>`
    SELECT status::text AS status, count(*) AS n FROM articles a WHERE ${visible} GROUP BY status
    UNION ALL
    SELECT 'SUBMITTED', count(*) FROM articles a WHERE ${SUBMITTED_SQL} AND ${visible}`;
  const out: Record<StatusFilter, number> = { DRAFT: 0, SUBMITTED: 0, SCHEDULED: 0, PUBLISHED: 0, UNPUBLISHED: 0, DELETED: 0 };
  for (const row of rows) out[row.status] = Number(row.n);
  return out;
}

export type DailyViews = { day: string; views: number };

/** Total views per Asia/Seoul day over the last `days` days, today included, zero-filled. */
export async function listDailyViews(today: string, days = 30): Promise<DailyViews[]> {
  const rows = await prisma.$queryRaw<Array<{ day: string; views: bigint }>>`
    SELECT to_char(d.day, 'YYYY-MM-DD') AS day, COALESCE(SUM(v.views), 0) AS views
    FROM generate_series(${today}::date - ${days - 1}::int, ${today}::date, interval '1 day') AS d(day)
    LEFT JOIN article_daily_views v ON v.day = d.day::date
    GROUP BY d.day ORDER BY d.day`;
  return rows.map((row) => ({ day: row.day, views: Number(row.views) }));
}

export type BoardOption = { id: number; slug: string; name: string; kind: "NEWS" | "SCHEDULE" | "NOTICE" };

export async function listBoardOptions(): Promise<BoardOption[]> {
  return prisma.board.findMany({ orderBy: [{ sortOrder: "asc" }, { id: "asc" }], select: { id: true, slug: true, name: true, kind: true } });
}

export async function listAuthorOptions(): Promise<Array<{ id: number; displayName: string }>> {
  return prisma.user.findMany({ orderBy: { displayName: "asc" }, select: { id: true, displayName: true } });
}

export type ArticleForEdit = {
  id: number;
  title: string;
  body: string;
  boardId: number;
  boardSlug: string;
  boardKind: "NEWS" | "SCHEDULE" | "NOTICE";
  status: ArticleStatus;
  version: number;
  authorId: number | null;
  authorName: string;
  publishedAt: Date | null;
  scheduledAt: Date | null;
  updatedAt: Date;
  submitted: boolean;
  schedule: { date: string; entries: ScheduleLine[] } | null;
  revisions: Array<{ id: number; version: number; title: string; editorName: string | null; createdAt: Date }>;
  corrections: Array<{ id: number; kind: "CORRECTION" | "REBUTTAL"; text: string; createdAt: Date; editorName: string | null }>;
  relatedPicks: Array<{ id: number; title: string; status: ArticleStatus }>;
};

const articleForEditSelect = {
  id: true,
  title: true,
  body: true,
  boardId: true,
  board: { select: { slug: true, kind: true } },
  status: true,
  version: true,
  authorId: true,
  authorName: true,
  publishedAt: true,
  scheduledAt: true,
  updatedAt: true,
  submittedAt: true,
  scheduleEntries: { orderBy: [{ sortOrder: "asc" }, { id: "asc" }] },
  revisions: {
    orderBy: { version: "desc" },
    take: 50,
    select: { id: true, version: true, title: true, createdAt: true, editor: { select: { displayName: true } } },
  },
  corrections: {
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    select: { id: true, kind: true, text: true, createdAt: true, editor: { select: { displayName: true } } },
  },
  relatedPicks: { orderBy: { position: "asc" }, select: { related: { select: { id: true, title: true, status: true } } } },
} satisfies Prisma.ArticleSelect;

type ArticleForEditRow = Prisma.ArticleGetPayload<{ select: typeof articleForEditSelect }>;

/** A schedule post's day (from its first entry) and lines; null on other boards. */
function scheduleForEdit(row: ArticleForEditRow): ArticleForEdit["schedule"] {
  if (row.board.kind !== "SCHEDULE") return null;
  const first = row.scheduleEntries[0];
  return {
    date: first ? first.date.toISOString().slice(0, 10) : "",
    entries: row.scheduleEntries.map((e) => ({
      time: e.time,
      event: e.event,
      place: e.place,
      attendees: e.attendees,
      department: e.department,
      host: e.host,
    })),
  };
}

export async function getArticleForEdit(id: number): Promise<ArticleForEdit | null> {
  if (!Number.isSafeInteger(id) || id < 1 || id > 2_147_483_647) return null;
  const row = await prisma.article.findUnique({ where: { id }, select: articleForEditSelect });
  if (!row) return null;
  return {
    id: row.id,
    title: row.title,
    body: row.body,
    boardId: row.boardId,
    boardSlug: row.board.slug,
    boardKind: row.board.kind,
    status: row.status,
    version: row.version,
    authorId: row.authorId,
    authorName: row.authorName,
    publishedAt: row.publishedAt,
    scheduledAt: row.scheduledAt,
    updatedAt: row.updatedAt,
    submitted: row.submittedAt !== null,
    schedule: scheduleForEdit(row),
    revisions: row.revisions.map((r) => ({ id: r.id, version: r.version, title: r.title, editorName: r.editor?.displayName ?? null, createdAt: r.createdAt })),
    corrections: row.corrections.map((c) => ({ id: c.id, kind: c.kind, text: c.text, createdAt: c.createdAt, editorName: c.editor?.displayName ?? null })),
    relatedPicks: row.relatedPicks.map((p) => p.related),
  };
}
