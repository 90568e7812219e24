import { expect, request as playwrightRequest, test, type APIRequestContext } from "@playwright/test";
import { DEMO_PASSWORD } from "./auth-helpers";
import { withDatabase } from "./db";
import { articleIdFrom, fillArticle, signInAs, uniqueTitle } from "./editor-helpers";
import { cookieHeader, E2E_PORT, raw } from "./http-helpers";

// Races through the production server (the same races at the function level are in
// tests/integration/views.test.ts, article-service.test.ts and worker.test.ts).

const BASE = `http://127.0.0.1:${E2E_PORT}`;
const READER_UA = "Mozilla/5.0 (Linux; Android 14; SM-S921N) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36";

async function counted(id: number): Promise<number> {
  return withDatabase(
    async (db) =>
      (await db.query<{ n: number }>("SELECT (SELECT view_count FROM articles WHERE id = $1) + (SELECT count(*)::int FROM article_view_events WHERE article_id = $1) AS n", [id])).rows[0]!.n,
  );
}

test("1,000 readers' views of one article at once are counted exactly", async () => {
  test.setTimeout(180_000);
  const id = await withDatabase(async (db) => (await db.query<{ id: number }>("SELECT id FROM articles WHERE status = 'PUBLISHED' ORDER BY random() LIMIT 1")).rows[0]!.id);
  const before = await counted(id);
  // 1,000 different readers (each its own address, through the trusted proxy address), at once.
  const answers = await Promise.all(
    Array.from({ length: 1_000 }, (_, i) =>
      raw({
        path: `/api/views/${id}`,
        headers: { "user-agent": READER_UA, "x-forwarded-for": `198.18.${Math.floor(i / 250)}.${(i % 250) + 1}`, "sec-fetch-site": "same-origin" },
        timeoutMs: 60_000,
      }).then((r) => r.status, () => 0),
    ),
  );
  expect(answers.filter((s) => s !== 200)).toEqual([]);
  await expect.poll(() => counted(id), { timeout: 30_000 }).toBe(before + 1_000);
  // Folded into the counter, once: the events are gone and the total stays.
  await expect.poll(() => withDatabase(async (db) => (await db.query<{ n: number }>("SELECT count(*)::int AS n FROM article_view_events WHERE article_id = $1", [id])).rows[0]!.n), { timeout: 30_000 }).toBe(0);
  expect(await counted(id)).toBe(before + 1_000);
});

async function sessionCookie(loginId: string): Promise<string> {
  const ctx: APIRequestContext = await playwrightRequest.newContext({ baseURL: BASE, extraHTTPHeaders: { "x-forwarded-for": "198.51.100.240" } });
  const { csrfToken } = (await (await ctx.get("/api/auth/csrf")).json()) as { csrfToken: string };
  await ctx.post("/api/auth/callback/credentials", { form: { csrfToken, loginId, password: DEMO_PASSWORD, callbackUrl: "/editor" }, maxRedirects: 0 });
  const cookie = cookieHeader((await ctx.storageState()).cookies);
  await ctx.dispose();
  return cookie;
}

test("two editors saving one article at the same moment: one wins, the other is told, nothing is lost", async ({ page }) => {
  test.setTimeout(180_000);
  // The real save request of the form, captured once, then replayed by two editors at once.
  await signInAs(page, "editor", "/editor/articles/new");
  const title = uniqueTitle("동시 저장");
  await fillArticle(page, title, "행정", "두 편집자가 동시에 고치는 기사입니다.");
  await Promise.all([page.waitForURL(/done=saved/), page.getByRole("button", { name: "임시저장" }).click()]);
  const id = articleIdFrom(page.url());
  const [captured] = await Promise.all([
    page.waitForRequest((r) => r.method() === "POST" && r.headers()["next-action"] !== undefined),
    page.getByRole("button", { name: "임시저장" }).click(),
  ]);
  await page.waitForURL(/done=saved/);
  const headers = await captured.allHeaders();
  const template = captured.postDataBuffer()!.toString("utf8");
  const editorCookie = await sessionCookie("editor");
  const adminCookie = await sessionCookie("admin");

  let lostUpdates = 0;
  for (let round = 0; round < 10; round++) {
    const base = await withDatabase(async (db) => (await db.query<{ version: number }>("SELECT version FROM articles WHERE id = $1", [id])).rows[0]!.version);
    const body = (who: string) =>
      template.replace(/(name="[^"]*version"\r\n\r\n)\d+/, `$1${base}`).replace(/(name="[^"]*title"\r\n\r\n)[^\r]*/, `$1${title} ${who} ${round}`);
    const send = (who: string, cookie: string) => {
      const data = Buffer.from(body(who));
      return raw({
        method: "POST",
        path: new URL(captured.url()).pathname,
        headers: { "content-type": headers["content-type"]!, "next-action": headers["next-action"]!, accept: "text/x-component", origin: BASE, cookie, "content-length": String(data.length) },
        body: data,
      });
    };
    const [a, b] = await Promise.all([send("편집자", editorCookie), send("관리자", adminCookie)]);
    expect([a.status, b.status].every((s) => s < 500)).toBe(true);
    const won = [a, b].map((r) => r.headers["x-action-redirect"] !== undefined);
    const told = [a, b].map((r) => r.body.includes("다른 사람이 먼저 저장했습니다"));
    expect(won.filter(Boolean), `round ${round}: exactly one save goes through`).toHaveLength(1);
    expect(told[won.indexOf(false)], `round ${round}: the other editor sees the conflict`).toBe(true);
    const after = await withDatabase(async (db) => (await db.query<{ version: number; title: string }>("SELECT version, title FROM articles WHERE id = $1", [id])).rows[0]!);
    const winner = won[0] ? "편집자" : "관리자";
    const loser = won[0] ? "관리자" : "편집자";
    expect(after.version).toBe(base + 1);
    expect(after.title).toBe(`${title} ${winner} ${round}`);
    // The losing text is kept as a draft copy: closing the tab loses nothing.
    const kept = await withDatabase(async (db) => (await db.query<{ n: number }>("SELECT count(*)::int AS n FROM articles WHERE title LIKE $1", [`%${title} ${loser} ${round}%`])).rows[0]!.n);
    if (kept !== 1) lostUpdates++;
  }
  console.log(`races: 10 rounds of two simultaneous saves, ${lostUpdates} lost updates`);
  expect(lostUpdates).toBe(0);
});
