import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ArticleForm } from "@/components/editor/article-form";
import { CorrectionForm } from "@/components/editor/correction-form";
import { RelatedPicksForm } from "@/components/editor/related-picks-form";
import { ScheduleForm } from "@/components/editor/schedule-form";
import { RestoreRevisionButton, StatusActions } from "@/components/editor/status-actions";
import { TitledSection } from "@/components/ui/titled-section";
import { canViewInEditor, getArticleForEdit, listBoardOptions } from "@/lib/articles/editor-queries";
import { can } from "@/lib/auth/roles";
import { requireUser } from "@/lib/auth/session";
import { site } from "@/lib/site";
import { editor as editorText } from "@/lib/strings/editor";
import { reader } from "@/lib/strings/reader";
import { formatDateTime } from "@/lib/time";
import { toSeoulDateTimeInput } from "@/lib/validations/article";

export const metadata: Metadata = { title: editorText.form.editTitle };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ done?: string }> };

export default async function EditArticlePage({ params, searchParams }: Props) {
  const [{ id: rawId }, { done }] = await Promise.all([params, searchParams]);
  const user = await requireUser(`/editor/articles/${rawId}`);
  if (!/^\d{1,9}$/.test(rawId)) notFound();
  const [article, boards] = await Promise.all([getArticleForEdit(Number(rawId)), listBoardOptions()]);
  const resource = article ? { authorId: article.authorId, status: article.status } : null;
  // `article.preview`: another's draft, embargoed post or deleted article is "not found" to a reporter.
  if (!article || !resource || !canViewInEditor(user, resource)) notFound();

  const canEdit = can(user, "article.editAny") || can(user, "article.editOwnDraft", resource);
  const allowed = {
    publish: can(user, "article.publish", resource),
    schedule: can(user, "article.schedule", resource),
    submit: can(user, "article.submit", resource),
  };
  const statusLabel = article.submitted ? editorText.status.SUBMITTED : (editorText.status[article.status] ?? article.status);
  const doneMessage = done ? editorText.form.done[done] : undefined;
  const isSchedule = article.boardKind === "SCHEDULE";
  const canRestore = article.status !== "DELETED" && can(user, "article.restoreRevision", resource);
  const editableBoards = boards.filter((b) => b.kind !== "SCHEDULE").map((b) => ({ id: b.id, name: b.name }));

  return (
    <div className="grid gap-8 lg:grid-cols-[1fr_280px]">
      <div>
        <ArticleHeading article={article} isSchedule={isSchedule} statusLabel={statusLabel} />
        {doneMessage && (
          <p role="status" className="mb-4 rounded border border-green-300 bg-green-50 p-3 text-green-900">
            {doneMessage}
          </p>
        )}
        <EditorPane article={article} canEdit={canEdit} isSchedule={isSchedule} allowed={allowed} boards={editableBoards} />
        {canEdit && article.status !== "DELETED" && !isSchedule && <RelatedSection article={article} />}
        {article.status === "PUBLISHED" && can(user, "article.correct", resource) && <CorrectionsSection article={article} />}
        <div className="mt-6">
          <StatusActions
            id={article.id}
            status={article.status}
            canUnpublish={can(user, "article.unpublish", resource)}
            canDelete={can(user, "article.delete", resource)}
          />
        </div>
      </div>
      <RevisionsAside article={article} canRestore={canRestore} />
    </div>
  );
}

type EditArticle = NonNullable<Awaited<ReturnType<typeof getArticleForEdit>>>;

type EditorPaneProps = {
  article: EditArticle;
  canEdit: boolean;
  isSchedule: boolean;
  allowed: { publish: boolean; schedule: boolean; submit: boolean };
  boards: Array<{ id: number; name: string }>;
};

/** The form that fits the article (schedule or rich text), or its text when it cannot be edited. */
function EditorPane({ article, canEdit, isSchedule, allowed, boards }: EditorPaneProps) {
  const formArticle = {
    id: article.id,
    version: article.version,
    status: article.status,
    title: article.title,
    body: article.body,
    boardId: article.boardId,
    scheduledAt: article.scheduledAt ? toSeoulDateTimeInput(article.scheduledAt) : "",
  };

  return article.status === "DELETED" || !canEdit ? (
    <section className="rounded border border-gray-300 bg-white p-4">
      <h2 className="text-xl font-bold">{article.title}</h2>
      <div className="mt-3 [&_p]:my-2" dangerouslySetInnerHTML={{ __html: article.body }} />
    </section>
  ) : isSchedule && article.schedule ? (
    <ScheduleForm
      article={{ ...formArticle, date: article.schedule.date, entries: article.schedule.entries }}
      boardId={article.boardId}
      city={site.city}
      allowed={allowed}
    />
  ) : (
    <ArticleForm key={article.version} article={formArticle} boards={boards} allowed={allowed} />
  );
}

function ArticleHeading({ article, isSchedule, statusLabel }: { article: EditArticle; isSchedule: boolean; statusLabel: string | undefined }) {
  return (
    <>
      <h1 className="mb-2 text-2xl font-bold">{isSchedule ? editorText.schedule.editTitle : editorText.form.editTitle}</h1>
      <p className="mb-4 text-sm text-muted">
        {editorText.form.currentStatus}: <strong>{statusLabel}</strong>
        {article.status === "SCHEDULED" && article.scheduledAt && <> ({editorText.home.scheduledFor(formatDateTime(article.scheduledAt))})</>}
        {" · "}
        {editorText.form.version(article.version)} · {article.authorName}
        {article.status === "PUBLISHED" && (
          <>
            {" · "}
            <Link href={`/article/${article.id}`} className="text-brand underline">
              {editorText.form.viewPublic}
            </Link>
          </>
        )}
      </p>
    </>
  );
}

function RelatedSection({ article }: { article: EditArticle }) {
  return (
    <TitledSection id="related-title" title={editorText.related.title} className="mt-8 rounded border border-gray-300 bg-white p-4" headingClassName="text-lg font-bold">
      {article.relatedPicks.length === 0 ? (
        <p className="mb-3 text-sm text-gray-700">{editorText.related.none}</p>
      ) : (
        <>
          <h3 className="font-semibold">{editorText.related.current}</h3>
          <ol className="mb-3 list-decimal pl-6 text-sm">
            {article.relatedPicks.map((pick) => (
              <li key={pick.id}>
                {pick.id} · {pick.title}
                {pick.status !== "PUBLISHED" && <span className="text-muted"> ({editorText.status[pick.status] ?? pick.status})</span>}
              </li>
            ))}
          </ol>
        </>
      )}
      <RelatedPicksForm id={article.id} current={article.relatedPicks.map((pick) => pick.id)} />
    </TitledSection>
  );
}

function CorrectionsSection({ article }: { article: EditArticle }) {
  return (
    <TitledSection id="corrections-title" title={editorText.corrections.title} className="mt-8 rounded border border-amber-300 bg-white p-4" headingClassName="text-lg font-bold">
      <p className="mb-3 text-sm text-gray-700">{editorText.corrections.help}</p>
      {article.corrections.length > 0 && (
        <>
          <h3 className="font-semibold">{editorText.corrections.existing}</h3>
          <ul className="mb-4 space-y-1 text-sm">
            {article.corrections.map((note) => (
              <li key={note.id}>
                {reader.correctionMark[note.kind]} {note.text}{" "}
                <span className="text-muted">
                  ({formatDateTime(note.createdAt)}
                  {note.editorName ? ` · ${note.editorName}` : ""})
                </span>
              </li>
            ))}
          </ul>
        </>
      )}
      <CorrectionForm id={article.id} />
    </TitledSection>
  );
}

function RevisionsAside({ article, canRestore }: { article: EditArticle; canRestore: boolean }) {
  return (
    <aside aria-labelledby="revisions-title">
      <h2 id="revisions-title" className="mb-2 text-lg font-bold">
        {editorText.revisions.title}
      </h2>
      {article.revisions.length === 0 ? (
        <p>{editorText.revisions.empty}</p>
      ) : (
        <ol className="space-y-3 text-sm">
          {article.revisions.map((revision) => (
            <li key={revision.id} className="rounded border border-gray-200 bg-white p-2">
              <p className="font-semibold">
                {editorText.form.version(revision.version)}
                {revision.version === article.version && <> · {editorText.revisions.current}</>}
              </p>
              <p className="truncate">{revision.title}</p>
              <p className="text-muted">
                {revision.editorName ?? ""} · {formatDateTime(revision.createdAt)}
              </p>
              {revision.version !== article.version && canRestore && (
                <RestoreRevisionButton id={article.id} revisionId={revision.id} version={article.version} label={editorText.revisions.restoreLabel(revision.version)} />
              )}
            </li>
          ))}
        </ol>
      )}
    </aside>
  );
}
