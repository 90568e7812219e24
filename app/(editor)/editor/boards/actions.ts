"use server";
import { redirect } from "next/navigation";
import { z } from "zod";
import { isAuthError } from "@/lib/auth/errors";
import { authorize } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/session-types";
import { createBoard, moveBoard, updateBoard, type BoardResult } from "@/lib/boards/service";
import { boardFormSchema } from "@/lib/validations/board";
import { editor as editorText } from "@/lib/strings/editor";

export type BoardFormState = { message?: string; ok?: boolean; fieldErrors?: Partial<Record<string, string[]>> };

async function admin(): Promise<SessionUser | BoardFormState> {
  try {
    return await authorize("board.manage");
  } catch (error) {
    if (isAuthError(error)) return { message: error.message };
    throw error;
  }
}

function failure(result: Exclude<BoardResult, { ok: true }>): BoardFormState {
  if (result.reason === "slugTaken") return { fieldErrors: { slug: [editorText.boards.errors.slugTaken] } };
  return { message: result.reason === "forbidden" ? editorText.errors.forbidden : editorText.errors.boardNotFound };
}

function fields(formData: FormData) {
  return {
    name: formData.get("name") ?? "",
    slug: formData.get("slug") ?? "",
    description: formData.get("description") ?? "",
    pageSize: formData.get("pageSize") ?? "",
    kind: formData.get("kind") ?? undefined,
  };
}

export async function createBoardAction(_prev: BoardFormState, formData: FormData): Promise<BoardFormState> {
  if (!(formData instanceof FormData)) return { message: editorText.errors.malformed };
  const user = await admin();
  if (!("id" in user)) return user;
  const parsed = boardFormSchema.safeParse(fields(formData));
  if (!parsed.success) return { fieldErrors: z.flattenError(parsed.error).fieldErrors };
  const result = await createBoard(user, parsed.data);
  if (!result.ok) return failure(result);
  redirect("/editor/boards?done=created");
}

export async function updateBoardAction(_prev: BoardFormState, formData: FormData): Promise<BoardFormState> {
  if (!(formData instanceof FormData)) return { message: editorText.errors.malformed };
  const user = await admin();
  if (!("id" in user)) return user;
  const id = String(formData.get("id") ?? "");
  if (!/^\d{1,9}$/.test(id)) return { message: editorText.errors.boardNotFound };
  const parsed = boardFormSchema.safeParse(fields(formData));
  if (!parsed.success) return { fieldErrors: z.flattenError(parsed.error).fieldErrors };
  const result = await updateBoard(user, Number(id), parsed.data);
  if (!result.ok) return failure(result);
  return { ok: true, message: editorText.boards.saved };
}

export async function moveBoardAction(formData: FormData): Promise<void> {
  if (!(formData instanceof FormData)) return;
  const user = await admin();
  if (!("id" in user)) redirect("/editor");
  const id = String(formData.get("id") ?? "");
  const delta = formData.get("delta") === "-1" ? -1 : 1;
  if (/^\d{1,9}$/.test(id)) await moveBoard(user, Number(id), delta);
  redirect("/editor/boards");
}
