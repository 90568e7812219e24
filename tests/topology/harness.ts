// The production topology under test: a fresh database on the machine's PostgreSQL, a private
// Redis the test may stop, two `next start` servers, the worker and nginx (scripts/cluster.ts),
// a real browser for what an editor does, and a small HTTP load generator for readers.
import net from "node:net";
import pg from "pg";
import { chromium, expect, type Browser, type Page } from "@playwright/test";
import { existsSync } from "node:fs";
import { expect as vitestExpect } from "vitest";
import { startCluster, type Cluster } from "../../scripts/cluster";
import { startRedisServer, type RedisServer } from "../../scripts/services/redis";

const SERVER_URL = process.env.TEST_DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";
export const DEMO_PASSWORD = process.env.DEMO_PASSWORD ?? "demo1234!";

export type TestCluster = Cluster & { redisServer: RedisServer; databaseName: string; dispose: () => Promise<void> };

async function portFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once("error", () => resolve(false));
    server.listen(port, "127.0.0.1", () => server.close(() => resolve(true)));
  });
}

/** A base port with the next `count` ports free too. */
async function freePortRun(count: number): Promise<number> {
  for (let attempt = 0; attempt < 50; attempt++) {
    const base = 20_000 + Math.floor(Math.random() * 20_000);
    const free = await Promise.all(Array.from({ length: count }, (_, i) => portFree(base + i)));
    if (free.every(Boolean)) return base;
  }
  throw new Error("no run of free ports found");
}

async function admin<T>(fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: SERVER_URL });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/** `databaseUrl`: a PostgreSQL of the test's own (one it may stop); else a fresh database on the machine's. */
export async function startTestCluster(options: { databaseUrl?: string } = {}): Promise<TestCluster> {
  const databaseName = options.databaseUrl ? new URL(options.databaseUrl).pathname.slice(1) : `localnews_topology_${Date.now()}_${process.pid}`;
  if (!options.databaseUrl) await admin((client) => client.query(`CREATE DATABASE "${databaseName}"`));
  const url = new URL(options.databaseUrl ?? SERVER_URL);
  url.pathname = `/${databaseName}`;
  const redisServer = await startRedisServer();
  process.env.DATABASE_URL = url.toString();
  process.env.REDIS_URL = redisServer.url;
  // A demo site on purpose (demo content, README passwords) on a database that is not the embedded one.
  process.env.SEED_DEMO = "1";
  const port = await freePortRun(3);
  let cluster: Cluster;
  try {
    cluster = await startCluster({ port, runDir: `/tmp/local-news-topology-${port}` });
  } catch (error) {
    await redisServer.stop();
    if (!options.databaseUrl) await admin((client) => client.query(`DROP DATABASE IF EXISTS "${databaseName}" WITH (FORCE)`));
    throw error;
  }
  return {
    ...cluster,
    redisServer,
    databaseName,
    async dispose() {
      await cluster.stop();
      await redisServer.stop();
      if (!options.databaseUrl) await admin((client) => client.query(`DROP DATABASE IF EXISTS "${databaseName}" WITH (FORCE)`));
    },
  };
}

export async function withClusterDatabase<T>(cluster: TestCluster, fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: cluster.databaseUrl });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

export async function launchBrowser(): Promise<Browser> {
  const debian = "/usr/bin/chromium";
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? (existsSync(debian) ? debian : undefined),
    args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
}

/** Signs the page in as the demo editor on `base` (one server's own address). */
export async function signInEditor(page: Page, base: string): Promise<void> {
  await page.goto(`${base}/login?next=${encodeURIComponent("/editor")}`);
  await page.getByLabel("아이디").fill("editor");
  await page.getByLabel("비밀번호", { exact: true }).fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "로그인", exact: true }).click();
  await page.waitForURL((u) => u.pathname === "/editor");
}

export function uniqueTitle(prefix: string): string {
  return `${prefix} ${Date.now().toString(36)}${Math.floor(Math.random() * 1e4)}`;
}

/** Writes and publishes an article through the editor of the server at `base`; returns its id. */
export async function publishArticle(page: Page, base: string, title: string, board = "행정"): Promise<number> {
  await page.goto(`${base}/editor/articles/new`);
  await page.getByLabel("제목", { exact: true }).fill(title);
  await page.getByLabel("게시판", { exact: true }).selectOption({ label: board });
  const body = page.getByRole("textbox", { name: "본문", exact: true });
  await expect(body).toBeVisible();
  await body.click();
  await page.keyboard.insertText("여러 서버에서 보이는지 확인하는 기사입니다.");
  await Promise.all([page.waitForURL(/done=published/), page.getByRole("button", { name: "발행", exact: true }).click()]);
  const match = /\/editor\/articles\/(\d+)/.exec(new URL(page.url()).pathname);
  if (!match) throw new Error(`not an article editor URL: ${page.url()}`);
  return Number(match[1]);
}

export async function text(url: string): Promise<string> {
  const response = await fetch(url, { headers: { "user-agent": READER_UA } });
  return response.text();
}

/** Asks `check` every 25 ms until it holds (at most `timeoutMs` from now); returns the milliseconds since `since`. */
export async function visibleWithin(check: () => Promise<boolean>, since: number, timeoutMs = 5_000): Promise<number> {
  await vitestExpect.poll(check, { timeout: Math.max(1, timeoutMs), interval: 25 }).toBe(true);
  return Date.now() - since;
}

export const READER_UA = "Mozilla/5.0 (Linux; Android 14; SM-S921N) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36";

export type LoadResult = { requests: number; statuses: Map<number, number>; errors: number; maxMs: number; latencies: number[] };

/**
 * Readers: `concurrency` loops requesting `paths` (round robin) until `signal` aborts. Every
 * response and its time is recorded; a request over `hangMs` counts as an error.
 */
export async function readerLoad(base: string, paths: readonly string[], concurrency: number, signal: AbortSignal, hangMs = 5_000): Promise<LoadResult> {
  const result: LoadResult = { requests: 0, statuses: new Map(), errors: 0, maxMs: 0, latencies: [] };
  let next = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (!signal.aborted) {
        const path = paths[next++ % paths.length]!;
        const started = performance.now();
        try {
          const response = await fetch(base + path, { headers: { "user-agent": READER_UA }, signal: AbortSignal.timeout(hangMs) });
          await response.arrayBuffer();
          result.statuses.set(response.status, (result.statuses.get(response.status) ?? 0) + 1);
        } catch {
          result.errors++;
        }
        const took = performance.now() - started;
        result.latencies.push(took);
        result.maxMs = Math.max(result.maxMs, took);
        result.requests++;
      }
    }),
  );
  return result;
}

export function serverErrors(result: LoadResult): number {
  let count = result.errors;
  for (const [status, n] of result.statuses) if (status >= 500) count += n;
  return count;
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
}
