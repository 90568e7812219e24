import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";

vi.mock("server-only", () => ({}));

import { createTestPool, truncateAll } from "../../../setup/db";

// IndexNow against a local stand-in for the search engines' endpoints that records what it
// receives: which changes ping, one batched POST per endpoint, retries with backoff from the
// worker, nothing when unconfigured.

process.env.SITE_URL = "https://news.example";
const KEY = "3f9c2a7d5e1b4c8a9d0e6f1a2b3c4d5e";

type Received = { path: string; contentType: string; body: { host: string; key: string; keyLocation: string; urlList: string[] } };
const received: Received[] = [];
/** Status codes to answer with, in order; 200 once they run out. */
const answers: number[] = [];
const standIn = http.createServer((request, response) => {
  const chunks: Buffer[] = [];
  request.on("data", (chunk: Buffer) => chunks.push(chunk));
  request.on("end", () => {
    received.push({ path: request.url ?? "", contentType: request.headers["content-type"] ?? "", body: JSON.parse(Buffer.concat(chunks).toString("utf8")) });
    response.writeHead(answers.shift() ?? 200).end();
  });
});

const pool = createTestPool();
let service: typeof import("@/lib/articles/service");
let outbox: typeof import("@/lib/indexnow/outbox");
let worker: typeof import("@/lib/worker/index");
let prisma: typeof import("@/lib/db").prisma;
let editor: { id: number; role: "EDITOR"; displayName: string };
let boardId: number;
let base: string;

beforeAll(async () => {
  await new Promise<void>((resolve) => standIn.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(standIn.address() as AddressInfo).port}`;
  service = await import("@/lib/articles/service");
  outbox = await import("@/lib/indexnow/outbox");
  worker = await import("@/lib/worker/index");
  prisma = (await import("@/lib/db")).prisma;
  (await import("@/lib/articles/transaction")).setInvalidator(() => {});
});

afterAll(async () => {
  delete process.env.INDEXNOW_ENDPOINTS;
  standIn.close();
  await pool.end();
});

beforeEach(async () => {
  await truncateAll(pool);
  received.length = 0;
  answers.length = 0;
  process.env.INDEXNOW_ENDPOINTS = `${base}/naver, ${base}/shared`;
  const user = await prisma.user.create({ data: { loginId: "editor", displayName: "박편집", role: "EDITOR", passwordHash: "x" } });
  editor = { id: user.id, role: "EDITOR", displayName: user.displayName };
  boardId = (await prisma.board.create({ data: { slug: "news", name: "행정" } })).id;
  await pool.query(
    `INSERT INTO site_settings (id, publisher_name, registration_number, registration_date, publisher, editor, youth_protection_officer, address, phone, email, indexnow_key, updated_at)
     VALUES (1, '발행소', '전북 아00127', '2012-03-15', '김', '김', '정', '주소', '063-123-4567', 'a@example.com', $1, now())`,
    [KEY],
  );
});

function ok<T extends { ok: boolean }>(result: T): Extract<T, { ok: true }> {
  if (!result.ok) throw new Error(JSON.stringify(result));
  return result as Extract<T, { ok: true }>;
}

const publish = async (title: string) => ok(await service.createArticle(editor, { title, boardId, body: "<p>본문</p>" }, { intent: "publish" })).id;
const pending = async () => (await pool.query("SELECT endpoint, urls FROM indexnow_outbox WHERE sent_at IS NULL AND failed_at IS NULL ORDER BY id")).rows;
const url = (id: number) => `https://news.example/article/${id}`;

describe("IndexNow", () => {
  it("queues a publish in its own transaction and sends one batched POST per endpoint, in the protocol's form", async () => {
    const id = await publish("새 기사");
    // The editor's request sent nothing; the change left one ping per endpoint.
    expect(received).toEqual([]);
    expect(await pending()).toEqual([
      { endpoint: `${base}/naver`, urls: [url(id)] },
      { endpoint: `${base}/shared`, urls: [url(id)] },
    ]);
    expect(await outbox.drainIndexNow()).toEqual({ posts: 2, sent: 2, retrying: 0, failed: 0 });
    expect(received.map((r) => r.path).sort()).toEqual(["/naver", "/shared"]);
    for (const request of received) {
      expect(request.contentType).toBe("application/json; charset=utf-8");
      expect(request.body).toEqual({ host: "news.example", key: KEY, keyLocation: `https://news.example/${KEY}.txt`, urlList: [url(id)] });
    }
    expect(await pending()).toEqual([]);
    expect(await outbox.drainIndexNow()).toEqual({ posts: 0, sent: 0, retrying: 0, failed: 0 });
  });

  it("pings for publish, edit, unpublish and delete of public articles, never for drafts, schedules or restores", async () => {
    const draft = ok(await service.createArticle(editor, { title: "초안", boardId, body: "<p>x</p>" })).id;
    ok(await service.saveArticle(editor, draft, { title: "초안 수정", boardId, body: "<p>y</p>" }, { baseVersion: 1 }));
    ok(await service.scheduleArticle(editor, draft, new Date(Date.now() + 3_600_000)));
    const scrapped = ok(await service.createArticle(editor, { title: "버릴 초안", boardId, body: "<p>x</p>" })).id;
    ok(await service.deleteArticle(editor, scrapped));
    ok(await service.restoreDeletedArticle(editor, scrapped));
    expect(await pending()).toEqual([]);

    const id = await publish("공개 기사");
    ok(await service.saveArticle(editor, id, { title: "공개 기사 (고침)", boardId, body: "<p>고친 본문</p>" }, { baseVersion: 1 }));
    ok(await service.addCorrection(editor, id, { kind: "CORRECTION", text: "바로잡습니다." }));
    ok(await service.unpublishArticle(editor, id));
    ok(await service.publishArticle(editor, id));
    ok(await service.deleteArticle(editor, id));
    const rows = await pending();
    // publish, edit, correction, unpublish, publish, delete: six changes, two endpoints each.
    expect(rows).toHaveLength(12);
    expect(new Set(rows.flatMap((r) => r.urls))).toEqual(new Set([url(id)]));

    // Changes waiting together share one POST per endpoint; the URL once.
    await outbox.drainIndexNow();
    expect(received).toHaveLength(2);
    expect(received.map((r) => r.body.urlList)).toEqual([[url(id)], [url(id)]]);
  });

  it("sends what the scheduler publishes", async () => {
    const id = ok(await service.createArticle(editor, { title: "예약", boardId, body: "<p>x</p>" }, { intent: "schedule", scheduledAt: new Date(Date.now() + 60_000) })).id;
    expect(await pending()).toEqual([]);
    await service.publishDueArticles(new Date(Date.now() + 120_000));
    expect((await pending()).map((r) => r.urls)).toEqual([[url(id)], [url(id)]]);
  });

  it("batches several changes into one POST per endpoint", async () => {
    const a = await publish("하나");
    const b = await publish("둘");
    await outbox.drainIndexNow();
    expect(received).toHaveLength(2);
    for (const request of received) expect(request.body.urlList).toEqual([url(a), url(b)]);
  });

  it("retries a refused or failed ping later with a growing delay, and gives up on what retrying cannot fix", async () => {
    process.env.INDEXNOW_ENDPOINTS = `${base}/naver`;
    const id = await publish("재시도 기사");
    const t0 = new Date();
    answers.push(503);
    expect(await outbox.drainIndexNow({ now: t0 })).toMatchObject({ posts: 1, retrying: 1 });
    // Not due yet 10 s later: the first retry waits 30 s.
    expect(await outbox.drainIndexNow({ now: new Date(t0.getTime() + 10_000) })).toMatchObject({ posts: 0 });
    answers.push(429);
    expect(await outbox.drainIndexNow({ now: new Date(t0.getTime() + 31_000) })).toMatchObject({ posts: 1, retrying: 1 });
    // The second retry waits a minute.
    expect(await outbox.drainIndexNow({ now: new Date(t0.getTime() + 61_000) })).toMatchObject({ posts: 0 });
    expect(await outbox.drainIndexNow({ now: new Date(t0.getTime() + 92_000) })).toMatchObject({ posts: 1, sent: 1 });
    expect(received.map((r) => r.body.urlList)).toEqual([[url(id)], [url(id)], [url(id)]]);
    const row = (await pool.query("SELECT attempts, sent_at, last_error FROM indexnow_outbox")).rows[0];
    expect(row.attempts).toBe(3);
    expect(row.sent_at).not.toBeNull();

    // 422 (URLs not of this host, key mismatch): no retry.
    await publish("거절될 기사");
    answers.push(422);
    const t1 = new Date(t0.getTime() + 100_000);
    expect(await outbox.drainIndexNow({ now: t1 })).toMatchObject({ posts: 1, failed: 1 });
    expect(await outbox.drainIndexNow({ now: new Date(t1.getTime() + 3_600_000) })).toMatchObject({ posts: 0 });
    expect((await pool.query("SELECT last_error FROM indexnow_outbox WHERE failed_at IS NOT NULL")).rows).toEqual([{ last_error: "HTTP 422" }]);
  });

  it("gives up after eight failed attempts", async () => {
    process.env.INDEXNOW_ENDPOINTS = `${base}/naver`;
    await publish("계속 실패");
    let now = Date.now();
    for (let i = 0; i < 8; i++) {
      answers.push(500);
      const result = await outbox.drainIndexNow({ now: new Date(now) });
      expect(result.posts).toBe(1);
      now += 3_600_000;
    }
    const row = (await pool.query("SELECT attempts, failed_at FROM indexnow_outbox")).rows[0];
    expect(row.attempts).toBe(8);
    expect(row.failed_at).not.toBeNull();
  });

  it("queues nothing without a key or with pinging turned off", async () => {
    await pool.query("UPDATE site_settings SET indexnow_key = NULL");
    await publish("키 없음");
    process.env.INDEXNOW_ENDPOINTS = "none";
    await pool.query("UPDATE site_settings SET indexnow_key = $1", [KEY]);
    await publish("끔");
    expect(await pending()).toEqual([]);
    expect(await outbox.drainIndexNow()).toMatchObject({ posts: 0 });
    expect(received).toEqual([]);
  });

  it("is sent by the worker within moments, not by the editor's request", async () => {
    const running = worker.startWorker({ schedulerMaxSleepMs: 60_000, viewFoldMs: 60_000, sitemapRefreshMs: 3_600_000, mostReadMs: 3_600_000, indexNowMs: 200, log: () => {} });
    try {
      const id = await publish("워커가 보낼 기사");
      await expect.poll(() => received.length, { timeout: 5_000 }).toBe(2);
      expect(received.every((r) => r.body.urlList[0] === url(id))).toBe(true);
    } finally {
      await running.stop();
    }
  });

  it("serves the key file for the configured key only", async () => {
    const { GET } = await import("@/app/api/indexnow/key/[key]/route");
    const good = await GET(new Request(`https://news.example/${KEY}.txt`), { params: Promise.resolve({ key: KEY }) });
    expect(good.status).toBe(200);
    expect(await good.text()).toBe(KEY);
    expect(good.headers.get("content-type")).toBe("text/plain; charset=utf-8");
    const wrong = await GET(new Request("https://news.example/abcdefgh12.txt"), { params: Promise.resolve({ key: "abcdefgh12" }) });
    expect(wrong.status).toBe(404);
  });
});
