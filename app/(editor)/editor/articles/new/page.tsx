import type { Metadata } from "next";
import { ArticleForm } from "@/components/editor/article-form";
import { listBoardOptions } from "@/lib/articles/editor-queries";
import { can } from "@/lib/auth/roles";
import { requireUser } from "@/lib/auth/session";
import { editor as editorText } from "@/lib/strings/editor";

export const metadata: Metadata = { title: editorText.form.newTitle };

export default async function NewArticlePage() {
  const user = await requireUser("/editor/articles/new");
  // Daily schedule posts have their own rows form (/editor/schedule/new).
  const boards = (await listBoardOptions()).filter((board) => board.kind !== "SCHEDULE");
  const own = { authorId: user.id, status: "DRAFT" as const };
  return (
    <>
      <h1 className="mb-4 text-2xl font-bold">{editorText.form.newTitle}</h1>
      <ArticleForm
        boards={boards.map((b) => ({ id: b.id, name: b.name }))}
        allowed={{ publish: can(user, "article.publish", own), schedule: can(user, "article.schedule", own), submit: can(user, "article.submit", own) }}
      />
    </>
  );
}
