"use server";
import { redirect } from "next/navigation";
import { z } from "zod";
import type { ActionState } from "@/lib/actions/action-state";
import { authorizeAction, idField, textField } from "@/lib/actions/authorize-action";
import { createBoard, moveBoard, updateBoard, type BoardResult } from "@/lib/boards/service";
import { boardFormSchema } from "@/lib/validations/board";
import { editor as editorText } from "@/lib/strings/editor";

// 게시판 관리 (admins): each action in the one shape of lib/actions/authorize-action.ts.

function failure(result: Exclude<BoardResult, { ok: true }>): ActionState {
  if (result.reason === "slugTaken") return { fieldErrors: { slug: [editorText.boards.errors.slugTaken] } };
  return { message: result.reason === "forbidden" ? editorText.errors.forbidden : editorText.errors.boardNotFound };
}

function fields(formData: FormData) {
  const text = (name: string) => textField(formData, name);
  return { name: text("name"), slug: text("slug"), description: text("description"), pageSize: text("pageSize"), kind: formData.has("kind") ? text("kind") : undefined };
}

export async function createBoardAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return authorizeAction("board.manage", formData, async (user, form) => {
    const parsed = boardFormSchema.safeParse(fields(form));
    if (!parsed.success) return { fieldErrors: z.flattenError(parsed.error).fieldErrors };
    const result = await createBoard(user, parsed.data);
    return result.ok ? { redirectTo: "/editor/boards?done=created" } : failure(result);
  });
}

export async function updateBoardAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return authorizeAction("board.manage", formData, async (user, form) => {
    const id = idField(form, "id");
    if (id === null) return { message: editorText.errors.boardNotFound };
    const parsed = boardFormSchema.safeParse(fields(form));
    if (!parsed.success) return { fieldErrors: z.flattenError(parsed.error).fieldErrors };
    const result = await updateBoard(user, id, parsed.data);
    return result.ok ? { ok: true, message: editorText.boards.saved } : failure(result);
  });
}

/** The ▲/▼ buttons of the board list: a plain form, no state to show. */
export async function moveBoardAction(formData: FormData): Promise<void> {
  const state = await authorizeAction("board.manage", formData, async (user, form) => {
    const id = idField(form, "id");
    if (id !== null) await moveBoard(user, id, form.get("delta") === "-1" ? -1 : 1);
    return { redirectTo: "/editor/boards" };
  });
  // Refused (or malformed): back to the editor's front page, as before.
  if (state.message) redirect("/editor");
}
