import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { CreateBoardForm, EditBoardForm } from "@/components/editor/board-forms";
import { TitledSection } from "@/components/ui/titled-section";
import { can } from "@/lib/auth/roles";
import { requireUser } from "@/lib/auth/session";
import { listBoardsForAdmin } from "@/lib/boards/service";
import { editor as editorText } from "@/lib/strings/editor";
import { moveBoardAction } from "./actions";

export const metadata: Metadata = { title: editorText.boards.title };

export default async function BoardsAdminPage({ searchParams }: { searchParams: Promise<{ done?: string }> }) {
  const user = await requireUser("/editor/boards");
  if (!can(user, "board.manage")) notFound();
  const [{ done }, boards] = await Promise.all([searchParams, listBoardsForAdmin()]);
  const boardsText = editorText.boards;
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">{boardsText.title}</h1>
      {done === "created" && (
        <p role="status" className="rounded border border-green-300 bg-green-50 p-3">
          {boardsText.created}
        </p>
      )}
      <ol className="space-y-3">
        {boards.map((board, index) => (
          <li key={board.id} className="rounded border border-gray-300 bg-white p-3">
            <div className="mb-2 flex items-center justify-between">
              <h2 className="font-bold">
                {board.name} <span className="text-sm font-normal text-muted">/board/{board.slug} · {boardsText.kinds[board.kind]} · {board._count.articles.toLocaleString("ko-KR")}</span>
              </h2>
              <div className="flex gap-1">
                <form action={moveBoardAction}>
                  <input type="hidden" name="id" value={board.id} />
                  <input type="hidden" name="delta" value="-1" />
                  <button type="submit" disabled={index === 0} aria-label={boardsText.moveUp(board.name)} className="rounded border px-2">
                    ↑
                  </button>
                </form>
                <form action={moveBoardAction}>
                  <input type="hidden" name="id" value={board.id} />
                  <input type="hidden" name="delta" value="1" />
                  <button type="submit" disabled={index === boards.length - 1} aria-label={boardsText.moveDown(board.name)} className="rounded border px-2">
                    ↓
                  </button>
                </form>
              </div>
            </div>
            <EditBoardForm board={board} />
          </li>
        ))}
      </ol>
      <TitledSection id="new-board" title={boardsText.create} headingClassName="mb-2 text-lg font-bold">
        <CreateBoardForm />
      </TitledSection>
    </div>
  );
}
