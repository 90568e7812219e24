import type { Metadata } from "next";
import { ScheduleForm } from "@/components/editor/schedule-form";
import { listBoardOptions } from "@/lib/articles/editor-queries";
import { can } from "@/lib/auth/roles";
import { requireUser } from "@/lib/auth/session";
import { site } from "@/lib/site";
import { editor as editorText } from "@/lib/strings/editor";
import { seoulDay } from "@/lib/time";

export const metadata: Metadata = { title: editorText.schedule.newTitle };

export default async function NewSchedulePage() {
  const user = await requireUser("/editor/schedule/new");
  const board = (await listBoardOptions()).find((b) => b.kind === "SCHEDULE");
  const own = { authorId: user.id, status: "DRAFT" as const };
  return (
    <>
      <h1 className="mb-4 text-2xl font-bold">{editorText.schedule.newTitle}</h1>
      {board ? (
        <ScheduleForm
          boardId={board.id}
          city={site.city}
          defaultDate={seoulDay()}
          allowed={{ publish: can(user, "article.publish", own), schedule: can(user, "article.schedule", own), submit: can(user, "article.submit", own) }}
        />
      ) : (
        <p role="alert">{editorText.schedule.boardMissing}</p>
      )}
    </>
  );
}
