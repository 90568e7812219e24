import { afterAll, beforeEach, describe, expect, it, vi } from "vitest";

// The server actions, called as Next calls them: a FormData from a signed-in browser. The
// request around them is the only stand-in: the cookie jar (holding the token of a real session
// row in the run's database), redirect() as a thrown value, and path revalidation recorded.
// Sessions, roles, the posts service and every write are the real ones, on real PostgreSQL.
const request = vi.hoisted(() => {
  class Redirected extends Error {
    constructor(readonly url: string) {
      super(`redirect to ${url}`);
    }
  }
  return { cookies: new Map<string, string>(), revalidated: [] as string[], Redirected };
});

vi.mock("server-only", () => ({}));
vi.mock("next/headers", () => ({
  cookies: async () => ({
    get: (name: string) => (request.cookies.has(name) ? { name, value: request.cookies.get(name) } : undefined),
    delete: (name: string) => request.cookies.delete(name),
  }),
  headers: async () => new Headers(),
}));
vi.mock("next/navigation", () => ({
  redirect: (url: string) => {
    throw new request.Redirected(url);
  },
}));
vi.mock("next/cache", async (importOriginal) => ({
  ...(await importOriginal<typeof import("next/cache")>()),
  revalidatePath: (path: string) => void request.revalidated.push(path),
}));

process.env.NEXTAUTH_SECRET ??= "editor-actions-test-secret-0123456789abcdef";

import type { ArticleChange } from "@/lib/cache/invalidate";
import { createTestPool, truncateAll } from "../../../../setup/db";

const pool = createTestPool();
const { prisma } = await import("@/lib/db");
const { setInvalidator } = await import("@/lib/articles/transaction");
const { setTagExpirer } = await import("@/lib/cache/invalidate");
const { createLoginSession } = await import("@/lib/auth/session-store");
const { encodeSessionToken } = await import("@/lib/auth/next-auth-seam");
const { SESSION_COOKIE } = await import("@/lib/auth/cookie");
const articles = await import("@/app/(editor)/editor/articles/actions");
const boards = await import("@/app/(editor)/editor/boards/actions");
const users = await import("@/app/(editor)/editor/users/actions");
const account = await import("@/lib/auth/actions");

const invalidated: ArticleChange[] = [];
setInvalidator((change) => invalidated.push(change));
const expired: string[] = [];
setTagExpirer((names) => void expired.push(...names));

type Role = "REPORTER" | "EDITOR" | "ADMIN";
type Member = { id: number; role: Role; displayName: string };
let reporter: Member;
let editor: Member;
let admin: Member;
let news: number;

async function member(loginId: string, role: Role, displayName: string): Promise<Member> {
  const user = await prisma.user.create({ data: { loginId, displayName, role, passwordHash: "!" } });
  return { id: user.id, role, displayName };
}

/** The browser of `who` from now on: a real session row, its sealed token in the cookie. */
async function signIn(who: Member): Promise<void> {
  const { sessionVersion } = await prisma.user.findUniqueOrThrow({ where: { id: who.id }, select: { sessionVersion: true } });
  const sid = await createLoginSession({ userId: who.id, sessionVersion, persistent: false, userAgent: "vitest", ip: "127.0.0.1" });
  request.cookies.set(SESSION_COOKIE, await encodeSessionToken({ sid, persistent: false }));
}

function form(fields: Record<string, string | number>): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.set(name, String(value));
  return data;
}

/** Runs an action that should redirect; returns where to. */
async function redirectOf(call: Promise<unknown>): Promise<string> {
  const error = await call.then(
    (state) => new Error(`expected a redirect, got ${JSON.stringify(state)}`),
    (thrown: unknown) => thrown,
  );
  if (error instanceof request.Redirected) return error.url;
  throw error;
}

async function published(title: string): Promise<number> {
  const created = await prisma.article.create({
    data: { boardId: news, title, body: "<p>본문</p>", bodyText: "본문", status: "PUBLISHED", publishedAt: new Date(), authorId: editor.id, authorName: editor.displayName },
  });
  await prisma.articleRevision.create({ data: { articleId: created.id, version: 1, title, body: "<p>본문</p>", boardId: news, editorId: editor.id } });
  return created.id;
}

beforeEach(async () => {
  await truncateAll(pool);
  request.cookies.clear();
  request.revalidated.length = 0;
  invalidated.length = 0;
  expired.length = 0;
  reporter = await member("reporter", "REPORTER", "김기자");
  editor = await member("editor", "EDITOR", "박편집");
  admin = await member("admin", "ADMIN", "관리자");
  news = (await prisma.board.create({ data: { slug: "news", name: "뉴스" } })).id;
});

afterAll(async () => {
  setInvalidator(null);
  setTagExpirer(null);
  await pool.end();
  await prisma.$disconnect();
});

describe("article actions", () => {
  it("a reporter's 제출 saves a submitted draft and goes to it", async () => {
    await signIn(reporter);
    const url = await redirectOf(articles.saveArticleAction({}, form({ title: "시청 소식", boardId: news, body: "<p>본문입니다.</p>", intent: "submit" })));
    const row = await prisma.article.findFirstOrThrow({ where: { title: "시청 소식" } });
    expect(url).toBe(`/editor/articles/${row.id}?done=submitted`);
    expect(row.status).toBe("DRAFT");
    expect(row.submittedAt).toBeInstanceOf(Date);
    expect(row.authorId).toBe(reporter.id);
    expect(await prisma.auditLog.count({ where: { action: "article.submit", targetId: String(row.id) } })).toBe(1);
  });

  it("answers a form error in Korean, keeps what was typed, and writes nothing", async () => {
    await signIn(reporter);
    const state = await articles.saveArticleAction({}, form({ title: "   ", boardId: "", body: "<p>남은 글</p>", intent: "save" }));
    expect(state.message).toBe("입력한 내용을 확인해 주세요.");
    expect(state.fieldErrors).toEqual({ title: ["제목을 입력해 주세요."], boardId: ["게시판을 골라 주세요."] });
    expect(state.values).toMatchObject({ title: "   ", body: "<p>남은 글</p>" });
    expect(await prisma.article.count()).toBe(0);
  });

  it("refuses a reporter's 발행 before writing anything", async () => {
    await signIn(reporter);
    const state = await articles.saveArticleAction({}, form({ title: "기자 발행", boardId: news, body: "<p>본문</p>", intent: "publish" }));
    expect(state).toMatchObject({ message: "이 작업을 할 권한이 없습니다.", values: { title: "기자 발행" } });
    expect(await prisma.article.count()).toBe(0);
  });

  it("refuses every action without a session, and a malformed call", async () => {
    const state = await articles.saveArticleAction({}, form({ title: "익명", boardId: news, body: "<p>x</p>" }));
    expect(state).toMatchObject({ message: "로그인이 필요합니다. 다시 로그인해 주세요.", values: { title: "익명" } });
    await signIn(editor);
    expect(await articles.unpublishArticleAction({}, "id=1" as unknown as FormData)).toEqual({ message: "요청을 처리할 수 없습니다. 페이지를 새로 고친 뒤 다시 시도해 주세요." });
    expect(await prisma.article.count()).toBe(0);
  });

  it("an editor's 발행 of a submitted draft clears the review flag", async () => {
    await signIn(reporter);
    await redirectOf(articles.saveArticleAction({}, form({ title: "검토 요청", boardId: news, body: "<p>본문</p>", intent: "submit" })));
    const draft = await prisma.article.findFirstOrThrow({ where: { title: "검토 요청" } });
    await signIn(editor);
    const url = await redirectOf(articles.saveArticleAction({}, form({ id: draft.id, version: 1, title: "검토 요청", boardId: news, body: "<p>본문</p>", intent: "publish" })));
    expect(url).toBe(`/editor/articles/${draft.id}?done=published`);
    const row = await prisma.article.findUniqueOrThrow({ where: { id: draft.id } });
    expect(row).toMatchObject({ status: "PUBLISHED", submittedAt: null, boardSeq: 1 });
    expect(invalidated.map((change) => change.id)).toEqual([draft.id]);
  });

  it("answers a stale save with the conflict, keeping my text as a draft copy", async () => {
    const id = await published("원래 제목");
    await signIn(editor);
    await redirectOf(articles.saveArticleAction({}, form({ id, version: 1, title: "먼저 고친 제목", boardId: news, body: "<p>본문</p>" })));
    const state = await articles.saveArticleAction({}, form({ id, version: 1, title: "늦게 고친 제목", boardId: news, body: "<p>본문</p>" }));
    expect(state.message).toBe("다른 사람이 먼저 저장했습니다");
    expect(state.conflict).toMatchObject({ baseVersion: 1, currentVersion: 2, theirs: { title: "먼저 고친 제목" }, mine: { title: "늦게 고친 제목" } });
    expect(typeof state.conflict?.theirs.savedAt).toBe("string");
    const copy = await prisma.article.findUniqueOrThrow({ where: { id: state.conflict?.snapshotId } });
    expect(copy.status).toBe("DRAFT");
    expect((await prisma.article.findUniqueOrThrow({ where: { id } })).title).toBe("먼저 고친 제목");
  });

  it("발행 취소, 삭제 and 삭제 취소 are one verb-named action each", async () => {
    const id = await published("내릴 기사");
    await signIn(reporter);
    expect(await articles.unpublishArticleAction({}, form({ id }))).toEqual({ message: "이 작업을 할 권한이 없습니다." });
    expect((await prisma.article.findUniqueOrThrow({ where: { id } })).status).toBe("PUBLISHED");

    await signIn(editor);
    expect(await redirectOf(articles.unpublishArticleAction({}, form({ id })))).toBe(`/editor/articles/${id}?done=unpublished`);
    expect((await prisma.article.findUniqueOrThrow({ where: { id } })).status).toBe("UNPUBLISHED");
    expect(await redirectOf(articles.deleteArticleAction({}, form({ id })))).toBe(`/editor/articles/${id}?done=deleted`);
    expect((await prisma.article.findUniqueOrThrow({ where: { id } })).status).toBe("DELETED");
    expect(await articles.unpublishArticleAction({}, form({ id }))).toEqual({ message: "지금 상태에서는 할 수 없는 작업입니다." });
    expect(await redirectOf(articles.restoreDeletedArticleAction({}, form({ id })))).toBe(`/editor/articles/${id}?done=restored`);
    expect((await prisma.article.findUniqueOrThrow({ where: { id } })).status).toBe("DRAFT");
    expect(await articles.deleteArticleAction({}, form({ id: "abc" }))).toEqual({ message: "기사를 찾을 수 없습니다." });
  });

  it("정정 only on a published article; 관련기사 reports a bad number by field", async () => {
    const live = await published("정정할 기사");
    const draft = (await prisma.article.create({ data: { boardId: news, title: "초안", authorId: editor.id, authorName: editor.displayName } })).id;
    await signIn(editor);
    expect(await articles.addCorrectionAction({}, form({ id: draft, kind: "CORRECTION", text: "바로잡습니다." }))).toEqual({
      message: "발행된 기사에만 정정·반론보도를 붙일 수 있습니다.",
      values: { kind: "CORRECTION", text: "바로잡습니다." },
    });
    expect(await redirectOf(articles.addCorrectionAction({}, form({ id: live, kind: "CORRECTION", text: "바로잡습니다." })))).toBe(`/editor/articles/${live}?done=corrected`);
    expect(await prisma.articleCorrection.count({ where: { articleId: live } })).toBe(1);
    expect(await articles.addCorrectionAction({}, form({ id: live, kind: "CORRECTION", text: "  " }))).toEqual({
      message: "입력한 내용을 확인해 주세요.",
      fieldErrors: { text: ["내용을 입력해 주세요."] },
      values: { kind: "CORRECTION", text: "  " },
    });
    expect(await articles.addCorrectionAction({}, form({ id: "abc", kind: "CORRECTION", text: "바로잡습니다." }))).toEqual({
      message: "기사를 찾을 수 없습니다.",
      values: { kind: "CORRECTION", text: "바로잡습니다." },
    });

    const state = await articles.setRelatedPicksAction({}, form({ id: live, related: "12, 어제기사" }));
    expect(state).toEqual({ fieldErrors: { related: ["‘어제기사’은(는) 기사 번호나 기사 주소가 아닙니다."] }, values: { related: "12, 어제기사" } });
  });

  it("미리보기 sanitizes the body and saves nothing", async () => {
    await signIn(reporter);
    const state = await articles.previewArticleAction(form({ title: "  미리\n보기 ", body: '<p onclick="x()">안녕<script>alert(1)</script></p>' }));
    expect(state).toEqual({ values: { title: "미리 보기", html: "<p>안녕</p>" } });
    expect(await prisma.article.count()).toBe(0);
  });
});

describe("board, user and account actions", () => {
  it("board management is for admins; a taken slug is a field error", async () => {
    await signIn(editor);
    expect(await boards.createBoardAction({}, form({ name: "문화", slug: "culture", pageSize: 20 }))).toEqual({ message: "이 작업을 할 권한이 없습니다." });
    await signIn(admin);
    expect(await redirectOf(boards.createBoardAction({}, form({ name: "문화", slug: "culture", pageSize: 20 })))).toBe("/editor/boards?done=created");
    expect(await prisma.board.count({ where: { slug: "culture" } })).toBe(1);
    expect(expired).toContain("boards");
    expect(await boards.createBoardAction({}, form({ name: "뉴스 2", slug: "news", pageSize: 20 }))).toEqual({ fieldErrors: { slug: ["이미 쓰고 있는 주소 이름입니다."] } });
  });

  it("an admin creates an account; a taken login id is a field error", async () => {
    await signIn(admin);
    const fields = { loginId: "newbie", displayName: "새기자", role: "REPORTER", password: "long-enough-1" };
    expect(await users.createUserAction({}, form(fields))).toMatchObject({ ok: true });
    expect(request.revalidated).toEqual(["/editor/users"]);
    expect(await prisma.user.count({ where: { loginId: "newbie" } })).toBe(1);
    expect(await users.createUserAction({}, form(fields))).toEqual({ fieldErrors: { loginId: ["이미 있는 아이디입니다."] } });
    await signIn(reporter);
    expect(await users.createUserAction({}, form({ ...fields, loginId: "other" }))).toEqual({ message: "이 작업을 할 권한이 없습니다." });
  });

  it("a password change that does not match is a Korean field error", async () => {
    await signIn(reporter);
    const state = await account.changePasswordAction({}, form({ currentPassword: "whatever", newPassword: "new-password-1", confirmPassword: "new-password-2" }));
    expect(state).toEqual({ fieldErrors: { confirmPassword: ["새 비밀번호가 서로 다릅니다."] } });
  });
});
