"use server";
import { z } from "zod";
import type { ActionState, ArticleFormText, FieldErrors } from "@/lib/actions/action-state";
import { authorizeArticleFormAction } from "@/lib/actions/article-form-action";
import { authorizeAction, idField, textField, type Redirect } from "@/lib/actions/authorize-action";
import { can, type Action } from "@/lib/auth/roles";
import type { SessionUser } from "@/lib/auth/session-types";
import { conflictView } from "@/lib/articles/conflict";
import type { ArticleContentInput } from "@/lib/articles/content";
import { sanitizeArticleHtml } from "@/lib/articles/sanitize";
import { INTENT_PERMISSION, type SaveIntent } from "@/lib/articles/save-intent";
import * as service from "@/lib/articles/service";
import type { Actor, Result } from "@/lib/articles/transaction";
import { editor as editorText } from "@/lib/strings/editor";
import { articleFormSchema, parseSeoulDateTime } from "@/lib/validations/article";
import { correctionSchema } from "@/lib/validations/correction";
import { relatedPicksSchema } from "@/lib/validations/related";
import { parseScheduleForm } from "@/lib/validations/schedule";

// Server actions of the article editor, each in the one shape of lib/actions/authorize-action.ts:
// the role first, then the schema the form also uses, then the posts service (one transaction,
// which also invalidates the reader cache tags after commit), then a redirect to the article.

type ArticleState = ActionState<ArticleFormText>;

function articleText(formData: FormData): ArticleFormText {
  const text = (name: string) => textField(formData, name);
  return { title: text("title"), boardId: text("boardId"), body: text("body"), scheduledAt: text("scheduledAt"), version: text("version") };
}

/** Where a write through the posts service leads: the article page, or the form with the reason. */
function settle<Values>(result: Result, done: string, values?: Values): ActionState<Values> | Redirect {
  if (result.ok) return { redirectTo: `/editor/articles/${result.id}?done=${done}` };
  const state: ActionState<Values> = { message: result.message, ...(values === undefined ? {} : { values }) };
  return result.reason === "conflict" ? { ...state, conflict: conflictView(result.conflict) } : state;
}

const DONE: Record<SaveIntent, string> = { save: "saved", submit: "submitted", publish: "published", schedule: "scheduled" };

type SaveStart = { values: ArticleFormText; id: number | null; intent: string; version: string | undefined };

/** The opening shared by both save actions: the form as text, the article id, and whether the
 * user may take the chosen intent at all (the service checks the article itself). */
function startSave(user: SessionUser, formData: FormData): SaveStart | ArticleState {
  const values = articleText(formData);
  const id = idField(formData, "id");
  const intent = formData.has("intent") ? textField(formData, "intent") : "save";
  const needed: Action | undefined = Object.hasOwn(INTENT_PERMISSION, intent) ? INTENT_PERMISSION[intent as keyof typeof INTENT_PERMISSION] : undefined;
  if (needed && !can(user, needed, { authorId: user.id, status: "DRAFT" })) return { message: editorText.errors.forbidden, values };
  return { values, id, intent, version: id === null ? undefined : values.version };
}

type Parsed = { intent: SaveIntent; scheduledAt?: string; version?: number };

/** The closing shared by both save actions: create, or save over the version the form was loaded from. */
async function writeArticle(user: Actor, start: SaveStart, input: ArticleContentInput, data: Parsed): Promise<ArticleState | Redirect> {
  if (start.id !== null && data.version === undefined) return { message: editorText.errors.versionMissing, values: start.values };
  const scheduledAt = data.intent === "schedule" ? parseSeoulDateTime(data.scheduledAt ?? "") : null;
  const result =
    start.id === null
      ? await service.createArticle(user, input, { intent: data.intent, scheduledAt })
      : await service.saveArticle(user, start.id, input, { intent: data.intent, scheduledAt, baseVersion: data.version ?? 0 });
  return settle(result, DONE[data.intent], start.values);
}

/** What a save action's own schema makes of the form: the content and intent, or field errors. */
type SaveParse = { ok: true; input: ArticleContentInput; data: Parsed } | { ok: false; fieldErrors: FieldErrors };

/** Both save actions: startSave, the form's own parse, writeArticle; a form that does not parse is kept. */
async function authorizeSave(formData: FormData, parse: (start: SaveStart, form: FormData) => SaveParse): Promise<ArticleState> {
  // Every role may write something; the service checks the rest per article.
  return authorizeAction(
    "article.create",
    formData,
    async (user, form) => {
      const start = startSave(user, form);
      if (!("intent" in start)) return start;
      const parsed = parse(start, form);
      if (!parsed.ok) return { message: editorText.form.formErrors, fieldErrors: parsed.fieldErrors, values: start.values };
      return writeArticle(user, start, parsed.input, parsed.data);
    },
    articleText,
  );
}

/** 임시저장 / 제출 / 발행 / 예약 발행 of the article form, for new and existing articles. */
export async function saveArticleAction(_prev: ArticleState, formData: FormData): Promise<ArticleState> {
  return authorizeSave(formData, (start) => {
    const parsed = articleFormSchema.safeParse({ ...start.values, intent: start.intent, version: start.version });
    if (!parsed.success) return { ok: false, fieldErrors: z.flattenError(parsed.error).fieldErrors };
    const { title, boardId, body } = parsed.data;
    return { ok: true, input: { title, boardId, body }, data: parsed.data };
  });
}

function scheduleRows(formData: FormData): unknown {
  try {
    return JSON.parse(textField(formData, "entries") || "[]");
  } catch {
    return [];
  }
}

/** 주요일정: the rows form (and its paste box) of a daily schedule post. */
export async function saveScheduleAction(_prev: ArticleState, formData: FormData): Promise<ArticleState> {
  return authorizeSave(formData, ({ values, intent, version }, form) => {
    const parsed = parseScheduleForm({ date: textField(form, "date"), boardId: values.boardId, entries: scheduleRows(form), intent, scheduledAt: values.scheduledAt, version });
    if (!parsed.success) return { ok: false, fieldErrors: parsed.fieldErrors };
    const { date, boardId, entries } = parsed.data;
    return { ok: true, input: { title: "", boardId, body: "", schedule: { date, entries } }, data: parsed.data };
  });
}

export type PreviewState = ActionState<{ title: string; html: string }>;

/** 미리보기: the body as readers would get it (sanitized), without saving anything. */
export async function previewArticleAction(formData: FormData): Promise<PreviewState> {
  return authorizeAction("article.create", formData, async (_user, form) => ({
    values: { title: textField(form, "title").replace(/\s+/g, " ").trim().slice(0, 300), html: sanitizeArticleHtml(textField(form, "body").slice(0, 400_000)) },
  }));
}

/** The status-only changes of the edit page: one form each, the article's id its only field. */
async function changeStatus(permission: Action, formData: FormData, change: (user: Actor, id: number) => Promise<Result>, done: string): Promise<ActionState> {
  return authorizeAction(permission, formData, async (user, form) => {
    const id = idField(form, "id");
    return id === null ? { message: editorText.errors.notFound } : settle(await change(user, id), done);
  });
}

/** 발행 취소: off the site (a scheduled article goes back to being a draft). */
export async function unpublishArticleAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return changeStatus("article.unpublish", formData, service.unpublishArticle, "unpublished");
}

/** 삭제 (asked first on the page): the address then answers 410. */
export async function deleteArticleAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return changeStatus("article.delete", formData, service.deleteArticle, "deleted");
}

/** 삭제 취소: back as a draft. */
export async function restoreDeletedArticleAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return changeStatus("article.delete", formData, service.restoreDeletedArticle, "restored");
}

/** 이 판으로 되돌리기. */
export async function restoreRevisionAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return authorizeAction("article.restoreRevision", formData, async (user, form) => {
    const [id, revisionId, version] = [idField(form, "id"), idField(form, "revisionId"), idField(form, "version")];
    if (id === null || revisionId === null || version === null) return { message: editorText.errors.revisionNotFound };
    return settle(await service.restoreRevision(user, id, revisionId, version), "reverted");
  });
}

type CorrectionValues = { kind: string; text: string };
const correctionText = (formData: FormData): CorrectionValues => ({ kind: textField(formData, "kind"), text: textField(formData, "text") });

/** 정정·반론 게시: a dated note at the top of a published article (editors). */
export async function addCorrectionAction(_prev: ActionState<CorrectionValues>, formData: FormData): Promise<ActionState<CorrectionValues>> {
  const form = { keep: correctionText, schema: correctionSchema, invalidMessage: editorText.form.formErrors };
  return authorizeArticleFormAction("article.correct", formData, form, async (user, id, correction, values) => {
    const result = await service.addCorrection(user, id, correction);
    if (!result.ok && result.reason === "invalidTransition") return { message: editorText.corrections.onlyPublished, values };
    return settle(result, "corrected", values);
  });
}

type RelatedValues = { related: string };
const relatedText = (formData: FormData): RelatedValues => ({ related: textField(formData, "related") });

/** 관련기사 저장: the editor's own related articles for this article (edit rights checked per article). */
export async function setRelatedPicksAction(_prev: ActionState<RelatedValues>, formData: FormData): Promise<ActionState<RelatedValues>> {
  return authorizeArticleFormAction("article.create", formData, { keep: relatedText, schema: relatedPicksSchema }, async (user, id, { related }, values) => {
    const result = await service.setRelatedPicks(user, id, related);
    if (!result.ok && result.reason === "relatedInvalid") return { fieldErrors: { related: [result.message] }, values };
    return settle(result, "related", values);
  });
}
