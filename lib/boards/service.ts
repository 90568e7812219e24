import "server-only";
import { prisma } from "@/lib/db";
import { recordAudit } from "@/lib/audit";
import { can } from "@/lib/auth/roles";
import type { SessionUser } from "@/lib/auth/session-types";
import { invalidateBoards } from "@/lib/cache/invalidate";
import { recordBoardSlugChange, releaseBoardSlug } from "@/lib/routing/redirects";
import type { BoardFormValues } from "@/lib/validations/board";

// Boards admin: create, rename/re-slug/resize, reorder. A slug change leaves a 301 from the old
// URL (stored redirects) so links and search results keep working.

type Actor = Pick<SessionUser, "id" | "role">;
export type BoardResult = { ok: true; id: number } | { ok: false; reason: "forbidden" | "notFound" | "slugTaken" };

function afterCommit(slugs: string[]): void {
  try {
    invalidateBoards(slugs);
  } catch (error) {
    console.error("board invalidation failed", error);
  }
}

export async function listBoardsForAdmin() {
  return prisma.board.findMany({
    orderBy: [{ sortOrder: "asc" }, { id: "asc" }],
    select: { id: true, slug: true, name: true, description: true, kind: true, pageSize: true, sortOrder: true, _count: { select: { articles: true } } },
  });
}

export async function createBoard(actor: Actor, input: BoardFormValues): Promise<BoardResult> {
  if (!can(actor, "board.manage")) return { ok: false, reason: "forbidden" };
  const result = await prisma.$transaction(async (tx): Promise<BoardResult> => {
    if (await tx.board.findUnique({ where: { slug: input.slug }, select: { id: true } })) return { ok: false, reason: "slugTaken" };
    const last = await tx.board.aggregate({ _max: { sortOrder: true } });
    const board = await tx.board.create({
      data: { ...input, sortOrder: (last._max.sortOrder ?? 0) + 1 },
    });
    await releaseBoardSlug(tx, board.slug);
    await recordAudit(tx, { actorId: actor.id, action: "board.create", targetType: "board", targetId: board.id, detail: { slug: board.slug, name: board.name } });
    return { ok: true, id: board.id };
  });
  if (result.ok) afterCommit([input.slug]);
  return result;
}

export async function updateBoard(actor: Actor, id: number, input: Omit<BoardFormValues, "kind">): Promise<BoardResult> {
  if (!can(actor, "board.manage")) return { ok: false, reason: "forbidden" };
  let slugs: string[] = [];
  const result = await prisma.$transaction(async (tx): Promise<BoardResult> => {
    const rows = await tx.$queryRaw<Array<{ slug: string }>>`SELECT slug FROM boards WHERE id = ${id} FOR NO KEY UPDATE`;
    const current = rows[0];
    if (!current) return { ok: false, reason: "notFound" };
    if (input.slug !== current.slug) {
      const taken = await tx.board.findUnique({ where: { slug: input.slug }, select: { id: true } });
      if (taken) return { ok: false, reason: "slugTaken" };
    }
    await tx.board.update({ where: { id }, data: { name: input.name, slug: input.slug, description: input.description, pageSize: input.pageSize } });
    if (input.slug !== current.slug) await recordBoardSlugChange(tx, current.slug, input.slug);
    await recordAudit(tx, { actorId: actor.id, action: "board.update", targetType: "board", targetId: id, detail: { ...input, previousSlug: current.slug } });
    slugs = [...new Set([current.slug, input.slug])];
    return { ok: true, id };
  });
  if (result.ok) afterCommit(slugs);
  return result;
}

/** Moves a board one place up (-1) or down (+1) in the menu order; orders become 1..N. */
export async function moveBoard(actor: Actor, id: number, delta: -1 | 1): Promise<BoardResult> {
  if (!can(actor, "board.manage")) return { ok: false, reason: "forbidden" };
  const result = await prisma.$transaction(async (tx): Promise<BoardResult> => {
    await tx.$executeRaw`SELECT 1 FROM boards ORDER BY id FOR NO KEY UPDATE`;
    const boards = await tx.board.findMany({ orderBy: [{ sortOrder: "asc" }, { id: "asc" }], select: { id: true } });
    const index = boards.findIndex((b) => b.id === id);
    if (index < 0) return { ok: false, reason: "notFound" };
    const target = index + delta;
    if (target >= 0 && target < boards.length) {
      const [moved] = boards.splice(index, 1);
      if (moved) boards.splice(target, 0, moved);
    }
    for (const [i, board] of boards.entries()) await tx.board.update({ where: { id: board.id }, data: { sortOrder: i + 1 } });
    await recordAudit(tx, { actorId: actor.id, action: "board.update", targetType: "board", targetId: id, detail: { move: delta } });
    return { ok: true, id };
  });
  if (result.ok) afterCommit([]);
  return result;
}
