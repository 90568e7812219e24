"use server";
import { redirect } from "next/navigation";
import { z } from "zod";
import { isAuthError } from "@/lib/auth/errors";
import { authorize, authorizeForm } from "@/lib/auth/permissions";
import { isDatabaseUnavailable } from "@/lib/db/errors";
import { can, type Action } from "@/lib/auth/roles";
import type { SessionUser } from "@/lib/auth/session-types";
import * as service from "@/lib/articles/service";
import { sanitizeArticleHtml } from "@/lib/articles/sanitize";
import { articleFormSchema, fieldErrorsOf, parseSeoulDateTime, type ArticleField } from "@/lib/validations/article";
import { scheduleFieldErrorsOf, scheduleFormSchema } from "@/lib/validations/schedule";
import { correctionSchema } from "@/lib/validations/correction";
import { relatedPicksSchema } from "@/lib/validations/related";
import { editor as editorText } from "@/lib/strings/editor";
import type { ArticleFormState, ConflictView, FormValues } from "@/components/editor/form-state";

// Server actions of the article editor. Each is a public endpoint: it finds the user from the
// session itself, checks the role, validates with the schema the form also uses, writes through
// the posts service (one transaction, which also invalidates the reader cache tags after
// commit) and redirects after the try.

const intentAction: Record<string, Action> = {
  publish: "article.publish",
  schedule: "article.schedule",
  submit: "article.submit",
};

function valuesOf(formData: FormData): FormValues {
  const text = (name: string) => {
    const value = formData.get(name);
    return typeof value === "string" ? value : "";
  };
  return { title: text("title"), boardId: text("boardId"), body: text("body"), scheduledAt: text("scheduledAt"), version: text("version") };
}

function conflictView(conflict: service.ConflictInfo): ConflictView {
  return {
    baseVersion: conflict.baseVersion,
    currentVersion: conflict.currentVersion,
    theirs: { title: conflict.theirs.title, body: conflict.theirs.body, editorName: conflict.theirs.editorName, savedAt: conflict.theirs.savedAt.toISOString() },
    mine: conflict.mine,
    diff: conflict.diff,
    snapshotId: conflict.snapshotId,
  };
}

function failureState(result: service.Failure, values: FormValues): ArticleFormState {
  if (result.reason === "conflict") return { status: "conflict", message: result.message, values, conflict: conflictView(result.conflict) };
  return { status: "error", message: result.message, values };
}

async function currentUser(action: Action): Promise<SessionUser | ArticleFormState> {
  try {
    return await authorize(action);
  } catch (error) {
    if (isAuthError(error)) return { status: "error", message: error.message };
    // The session row could not be read: nothing was written, say so and keep the form.
    if (isDatabaseUnavailable(error)) return { status: "error", message: editorText.errors.unavailable };
    throw error;
  }
}

/** The message for a write that failed: an outage (retry) or something unexpected. */
function failedWriteMessage(error: unknown): string {
  return isDatabaseUnavailable(error) ? editorText.errors.unavailable : editorText.errors.unexpected;
}

function isState(value: SessionUser | ArticleFormState): value is ArticleFormState {
  return "status" in value;
}

type SaveStart = { values: FormValues; id: number | null; user: SessionUser; intent: string };

/** The opening shared by both save actions: the form's values, the article id, the user
 * (every role may write something) and whether this user may take the chosen intent at all. */
async function startSave(formData: FormData): Promise<SaveStart | ArticleFormState> {
  const values = valuesOf(formData);
  const rawId = formData.get("id");
  const id = typeof rawId === "string" && /^\d{1,9}$/.test(rawId) ? Number(rawId) : null;
  const user = await currentUser("article.create");
  if (isState(user)) return { ...user, values };
  const intent = String(formData.get("intent") ?? "save");
  const needed = intentAction[intent];
  if (needed && !can(user, needed, { authorId: user.id, status: "DRAFT" })) return { status: "error", message: editorText.errors.forbidden, values };
  return { values, id, user, intent };
}

function doneQuery(intent: string): string {
  return intent === "publish" ? "published" : intent === "schedule" ? "scheduled" : intent === "submit" ? "submitted" : "saved";
}

type SaveWrite = {
  user: SessionUser;
  id: number | null;
  input: service.ArticleContentInput;
  intent: NonNullable<service.CreateOptions["intent"]>;
  scheduledAt: Date | null;
  baseVersion: number | undefined;
  values: FormValues;
};

/** The closing shared by both save actions: create or save through the service, then go to
 * the article on success (redirect() throws, so it stays outside the try). */
async function writeAndRedirect({ user, id, input, intent, scheduledAt, baseVersion, values }: SaveWrite): Promise<ArticleFormState> {
  let result: service.Result;
  try {
    result =
      id === null
        ? await service.createArticle(user, input, { intent, scheduledAt })
        : await service.saveArticle(user, id, input, { intent, scheduledAt, baseVersion: baseVersion ?? 0 });
  } catch (error) {
    console.error("saving an article failed", error);
    // One transaction: whatever failed, nothing of this save was applied.
    return { status: "error", message: failedWriteMessage(error), values };
  }
  if (!result.ok) return failureState(result, values);
  redirect(`/editor/articles/${result.id}?done=${doneQuery(intent)}`);
}

/** 임시저장 / 제출 / 발행 / 예약 발행 of the article form, for new and existing articles. */
export async function saveArticleAction(_prev: ArticleFormState, formData: FormData): Promise<ArticleFormState> {
  if (!(formData instanceof FormData)) return { status: "error", message: editorText.errors.malformed };
  // 1. Who: signed in and allowed to write at all; the service checks the rest per article.
  const start = await startSave(formData);
  if ("status" in start) return start;
  const { values, id, user, intent } = start;

  // 2. What: the shared schema.
  const parsed = articleFormSchema.safeParse({ ...values, intent, version: id === null ? undefined : values.version });
  if (!parsed.success) {
    return { status: "error", message: editorText.form.formErrors, fieldErrors: fieldErrorsOf<ArticleField>(parsed.error), values };
  }
  const data = parsed.data;
  if (id !== null && data.version === undefined) return { status: "error", message: editorText.errors.versionMissing, values };
  const scheduledAt = data.intent === "schedule" ? parseSeoulDateTime(data.scheduledAt ?? "") : null;

  // 3. Write (transaction + invalidation inside the service).
  const input = { title: data.title, boardId: data.boardId, body: data.body };
  return writeAndRedirect({ user, id, input, intent: data.intent, scheduledAt, baseVersion: data.version, values });
}

/** 주요일정: the rows form (and its paste box) of a daily schedule post. */
export async function saveScheduleAction(_prev: ArticleFormState, formData: FormData): Promise<ArticleFormState> {
  if (!(formData instanceof FormData)) return { status: "error", message: editorText.errors.malformed };
  const start = await startSave(formData);
  if ("status" in start) return start;
  const { values, id, user, intent } = start;

  let rows: unknown = [];
  try {
    rows = JSON.parse(String(formData.get("entries") ?? "[]"));
  } catch {
    rows = [];
  }
  const parsed = scheduleFormSchema.safeParse({
    date: formData.get("date") ?? "",
    boardId: formData.get("boardId") ?? "",
    entries: rows,
    intent,
    scheduledAt: values.scheduledAt,
    version: id === null ? undefined : values.version,
  });
  if (!parsed.success) {
    return { status: "error", message: editorText.form.formErrors, fieldErrors: scheduleFieldErrorsOf(parsed.error), values };
  }
  const data = parsed.data;
  if (id !== null && data.version === undefined) return { status: "error", message: editorText.errors.versionMissing, values };
  const scheduledAt = data.intent === "schedule" ? parseSeoulDateTime(data.scheduledAt ?? "") : null;
  const input = { title: "", boardId: data.boardId, body: "", schedule: { date: data.date, entries: data.entries } };
  return writeAndRedirect({ user, id, input, intent: data.intent, scheduledAt, baseVersion: data.version, values });
}

export type PreviewState = { html: string; title: string } | { error: string };

/** 미리보기: the body as readers would get it (sanitized), without saving anything. */
export async function previewArticleAction(title: unknown, body: unknown): Promise<PreviewState> {
  // A server action is a public endpoint: its arguments are whatever the request decoded to.
  if (typeof title !== "string" || typeof body !== "string") return { error: editorText.errors.malformed };
  try {
    await authorize("article.create");
  } catch (error) {
    if (isAuthError(error)) return { error: error.message };
    throw error;
  }
  return { title: title.replace(/\s+/g, " ").trim().slice(0, 300), html: sanitizeArticleHtml(body.slice(0, 400_000)) };
}

export type StatusActionState = { message?: string; ok?: boolean };

type StatusOp = "unpublish" | "delete" | "restoreDeleted" | "publishNow";
const opAction: Record<StatusOp, Action> = {
  unpublish: "article.unpublish",
  delete: "article.delete",
  restoreDeleted: "article.delete",
  publishNow: "article.publish",
};

/** 발행 취소 / 삭제 / 삭제 취소 / 지금 발행: status-only changes from the edit page. */
export async function changeStatusAction(_prev: StatusActionState, formData: FormData): Promise<StatusActionState> {
  if (!(formData instanceof FormData)) return { message: editorText.errors.malformed };
  const op = String(formData.get("op") ?? "") as StatusOp;
  const rawId = String(formData.get("id") ?? "");
  if (!(op in opAction) || !/^\d{1,9}$/.test(rawId)) return { message: editorText.errors.unknownIntent };
  let user: SessionUser;
  try {
    user = await authorize(opAction[op]);
  } catch (error) {
    if (isAuthError(error)) return { message: error.message };
    if (isDatabaseUnavailable(error)) return { message: editorText.errors.unavailable };
    throw error;
  }
  const id = Number(rawId);
  let result: service.Result;
  try {
    result =
      op === "unpublish"
        ? await service.unpublishArticle(user, id)
        : op === "delete"
          ? await service.deleteArticle(user, id)
          : op === "restoreDeleted"
            ? await service.restoreDeletedArticle(user, id)
            : await service.publishArticle(user, id);
  } catch (error) {
    console.error("changeStatusAction failed", error);
    return { message: failedWriteMessage(error) };
  }
  if (!result.ok) return { message: result.message };
  redirect(`/editor/articles/${id}?done=${op === "publishNow" ? "published" : op === "restoreDeleted" ? "restored" : op === "delete" ? "deleted" : "unpublished"}`);
}

/** 이 판으로 되돌리기. */
export async function restoreRevisionAction(_prev: StatusActionState, formData: FormData): Promise<StatusActionState> {
  if (!(formData instanceof FormData)) return { message: editorText.errors.malformed };
  const rawId = String(formData.get("id") ?? "");
  const rawRevision = String(formData.get("revisionId") ?? "");
  const rawVersion = String(formData.get("version") ?? "");
  if (![rawId, rawRevision, rawVersion].every((v) => /^\d{1,9}$/.test(v))) return { message: editorText.errors.revisionNotFound };
  let user: SessionUser;
  try {
    user = await authorize("article.restoreRevision");
  } catch (error) {
    if (isAuthError(error)) return { message: error.message };
    if (isDatabaseUnavailable(error)) return { message: editorText.errors.unavailable };
    throw error;
  }
  const id = Number(rawId);
  let result: service.Result;
  try {
    result = await service.restoreRevision(user, id, Number(rawRevision), Number(rawVersion));
  } catch (error) {
    console.error("restoreRevisionAction failed", error);
    return { message: failedWriteMessage(error) };
  }
  if (!result.ok) return { message: result.reason === "conflict" ? editorText.conflict.title : result.message };
  redirect(`/editor/articles/${id}?done=reverted`);
}

export type CorrectionFormState = {
  message?: string;
  fieldErrors?: Partial<Record<string, string[]>>;
  values?: { kind: string; text: string };
};

/** 정정·반론 게시: a dated note at the top of a published article (editors). */
export async function addCorrectionAction(_prev: CorrectionFormState, formData: FormData): Promise<CorrectionFormState> {
  if (!(formData instanceof FormData)) return { message: editorText.errors.malformed };
  const rawId = String(formData.get("id") ?? "");
  const values = { kind: String(formData.get("kind") ?? ""), text: String(formData.get("text") ?? "") };
  if (!/^\d{1,9}$/.test(rawId)) return { message: editorText.errors.notFound, values };
  const authorized = await authorizeForm("article.correct");
  if (!authorized.ok) return { message: authorized.message, values };
  const parsed = correctionSchema.safeParse(values);
  if (!parsed.success) return { message: editorText.form.formErrors, fieldErrors: z.flattenError(parsed.error).fieldErrors, values };
  const id = Number(rawId);
  let result: service.Result;
  try {
    result = await service.addCorrection(authorized.user, id, parsed.data);
  } catch (error) {
    console.error("addCorrectionAction failed", error);
    return { message: failedWriteMessage(error), values };
  }
  if (!result.ok) return { message: result.reason === "invalidTransition" ? editorText.corrections.onlyPublished : result.message, values };
  redirect(`/editor/articles/${id}?done=corrected`);
}

export type RelatedPicksFormState = { message?: string; fieldErrors?: Partial<Record<string, string[]>>; values?: { related: string } };

/** 관련기사 저장: the editor's own related articles for this article (edit rights checked per article). */
export async function setRelatedPicksAction(_prev: RelatedPicksFormState, formData: FormData): Promise<RelatedPicksFormState> {
  if (!(formData instanceof FormData)) return { message: editorText.errors.malformed };
  const rawId = String(formData.get("id") ?? "");
  const values = { related: String(formData.get("related") ?? "") };
  if (!/^\d{1,9}$/.test(rawId)) return { message: editorText.errors.notFound, values };
  const authorized = await authorizeForm("article.create");
  if (!authorized.ok) return { message: authorized.message, values };
  const parsed = relatedPicksSchema.safeParse(values);
  if (!parsed.success) return { fieldErrors: { related: parsed.error.issues.map((issue) => issue.message) }, values };
  const id = Number(rawId);
  let result: service.Result;
  try {
    result = await service.setRelatedPicks(authorized.user, id, parsed.data.related);
  } catch (error) {
    console.error("setRelatedPicksAction failed", error);
    return { message: failedWriteMessage(error), values };
  }
  if (!result.ok) return result.reason === "relatedInvalid" ? { fieldErrors: { related: [result.message] }, values } : { message: result.message, values };
  redirect(`/editor/articles/${id}?done=related`);
}
