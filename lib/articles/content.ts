import "server-only";
import type { BoardRow } from "@/lib/articles/placement";
import { sanitizeArticleHtml } from "@/lib/articles/sanitize";
import { escapeHtml, htmlToText, makeExcerpt } from "@/lib/articles/text";
import type { Tx } from "@/lib/articles/transaction";
import { formatScheduleLine } from "@/lib/schedule/format";
import type { ScheduleLine } from "@/lib/validations/schedule-entry";
import { scheduleTitle } from "@/lib/schedule/title";
import { site } from "@/lib/site";

// What an article says, made ready to store: the sanitized body and what is derived from it
// (plain text, excerpt, lead photo), the entries of a daily schedule post, and the revisions
// that keep every saved version.

export type ScheduleContent = { date: string; entries: ScheduleLine[] };

export type ArticleContentInput = {
  title: string;
  boardId: number;
  /** Editor HTML; sanitized here, whatever the caller did. */
  body: string;
  /** A daily schedule post: entries replace the body, the title is generated. */
  schedule?: ScheduleContent;
};

export type PreparedContent = {
  title: string;
  boardId: number;
  body: string;
  bodyText: string;
  excerpt: string;
  leadImageId: number | null;
  schedule?: ScheduleContent;
};

export function scheduleBodyHtml(entries: readonly ScheduleLine[]): string {
  return entries.map((entry) => `<p>${escapeHtml(formatScheduleLine(entry))}</p>`).join("");
}

const IMAGE_ID_RE = /<img\b[^>]*?\sdata-image-id="(\d{1,9})"/i;

/** The article's lead image (for link previews and lists): the first uploaded photo of the body. */
async function findLeadImageId(tx: Tx, body: string): Promise<number | null> {
  const id = Number(IMAGE_ID_RE.exec(body)?.[1] ?? 0);
  if (!id) return null;
  const image = await tx.image.findUnique({ where: { id }, select: { id: true } });
  return image?.id ?? null;
}

/** Derives what is stored beside a body that is already safe (sanitized, or from a revision). */
export async function deriveContent(tx: Tx, title: string, boardId: number, body: string): Promise<PreparedContent> {
  const bodyText = htmlToText(body);
  return { title, boardId, body, bodyText, excerpt: makeExcerpt(bodyText, 200), leadImageId: await findLeadImageId(tx, body) };
}

export async function prepareContent(tx: Tx, input: ArticleContentInput): Promise<PreparedContent> {
  if (!input.schedule) return deriveContent(tx, input.title, input.boardId, sanitizeArticleHtml(input.body));
  const body = scheduleBodyHtml(input.schedule.entries);
  const bodyText = htmlToText(body);
  return {
    title: scheduleTitle(input.schedule.date, site.city),
    boardId: input.boardId,
    body,
    bodyText,
    excerpt: makeExcerpt(bodyText, 200),
    leadImageId: null,
    schedule: input.schedule,
  };
}

/** The article columns that hold the content. */
export function contentColumns(content: PreparedContent) {
  const { title, body, bodyText, excerpt, boardId, leadImageId } = content;
  return { title, body, bodyText, excerpt, boardId, leadImageId };
}

export async function writeRevision(tx: Tx, articleId: number, version: number, content: { title: string; body: string; boardId: number }, editorId: number): Promise<void> {
  await tx.articleRevision.create({
    data: { articleId, version, title: content.title, body: content.body, boardId: content.boardId, editorId },
  });
}

export async function writeScheduleEntries(tx: Tx, articleId: number, schedule: ScheduleContent): Promise<void> {
  await tx.scheduleEntry.deleteMany({ where: { articleId } });
  const date = new Date(`${schedule.date}T00:00:00.000Z`);
  await tx.scheduleEntry.createMany({
    data: schedule.entries.map((entry, index) => ({
      articleId,
      date,
      time: entry.time,
      event: entry.event,
      place: entry.place,
      attendees: entry.attendees,
      department: entry.department,
      host: entry.host,
      sortOrder: index,
    })),
  });
}

/** The days a schedule post lists, whose schedule pages show it. */
export async function scheduleDatesOf(tx: Tx, articleId: number): Promise<string[]> {
  const rows = await tx.$queryRaw<Array<{ day: string }>>`
    SELECT DISTINCT to_char(date, 'YYYY-MM-DD') AS day FROM schedule_entries WHERE article_id = ${articleId}`;
  return rows.map((row) => row.day);
}

/** `scheduleDatesOf` for a change's invalidation: undefined unless the board is a schedule board with days. */
export async function scheduleDatesIfAny(tx: Tx, articleId: number, board: BoardRow): Promise<string[] | undefined> {
  if (board.kind !== "SCHEDULE") return undefined;
  const dates = await scheduleDatesOf(tx, articleId);
  return dates.length ? dates : undefined;
}
