import { execFile, spawn, type ChildProcess } from "node:child_process";
import { cp, mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { expect, test } from "@playwright/test";
import pg from "pg";
import { siteEnv, siteIdentity } from "../../scripts/prepare";
import { e2eDatabaseUrl, withDatabase } from "./db";

// Our export/import round trip, judged by what readers and crawlers get: the newsroom under
// test is exported with `npm run export`, imported with `npm run import` into an empty
// database, and two fresh production servers (the same build, no cache yet) serve the original
// and the copy. A sample of every kind of public page must come back byte for byte.

const run = promisify(execFile);
const root = path.resolve(import.meta.dirname, "../..");
const base = Number(process.env.E2E_PORT ?? 3100);
const ports = { original: base + 11, copy: base + 12 };
let work: string;
let copyUrl: string;
const servers: ChildProcess[] = [];
const distDirs: string[] = [];

test.describe.configure({ mode: "serial" });

async function startServer(port: number, databaseUrl: string, storageDir: string, label: string): Promise<void> {
  const distDir = `.next-roundtrip-${label}-${process.pid}`;
  await rm(path.join(root, distDir), { recursive: true, force: true });
  await cp(path.join(root, ".next"), path.join(root, distDir), { recursive: true, filter: (src) => !src.includes(`${path.sep}cache`) });
  distDirs.push(distDir);
  const server = spawn(process.execPath, [path.join(root, "node_modules/next/dist/bin/next"), "start", "-p", String(port)], {
    cwd: root,
    // The settings every server of the site shares (as `npm start` gives them), the build's own copy;
    // SEED_DEMO=1: a demo newsroom on purpose (its README passwords would otherwise stop a production server).
    env: {
      ...siteEnv({ ...(await siteIdentity()), NEXT_DEPLOYMENT_ID: (await readFile(path.join(root, distDir, "BUILD_ID"), "utf8")).trim() }, databaseUrl),
      NEXT_DIST_DIR: distDir,
      STORAGE_DIR: storageDir,
      PORT: String(port),
      SEED_DEMO: "1",
    },
    stdio: "ignore",
  });
  servers.push(server);
  await expect
    .poll(async () => (await fetch(`http://127.0.0.1:${port}/robots.txt`).catch(() => null))?.status ?? 0, { timeout: 60_000 })
    .toBe(200);
}

test.beforeAll(async () => {
  test.setTimeout(600_000);
  work = await mkdtemp(path.join(tmpdir(), "roundtrip-"));
  const file = path.join(work, "site.jsonl.gz");
  const original = e2eDatabaseUrl();
  // The most-read ranking is derived (the worker recomputes it from the daily views): settle it
  // first, so the running site's worker cannot move the original's ranking after the export.
  await expect
    .poll(async () => withDatabase(async (db) => (await db.query<{ n: number }>("SELECT count(*)::int AS n FROM article_view_events")).rows[0]!.n), { timeout: 30_000 })
    .toBe(0);
  await run(process.execPath, ["--conditions=react-server", "--import", "tsx", "scripts/worker.ts", "--once", "most-read"], {
    cwd: root,
    // Like the site's own worker: a change expires the running e2e server's pages.
    env: { ...siteEnv(await siteIdentity(), original), WEB_SERVER_URL: `http://127.0.0.1:${base}` },
  });
  await run(process.execPath, ["--import", "tsx", "scripts/export.ts", file, "--database-url", original], { cwd: root });
  const u = new URL(original);
  u.pathname = `/localnews_e2e_copy_${Date.now()}`;
  copyUrl = u.toString();
  await run(process.execPath, ["--import", "tsx", "scripts/import.ts", file, "--database-url", copyUrl], {
    cwd: root,
    env: { ...process.env, STORAGE_DIR: path.join(work, "uploads") },
    maxBuffer: 16 * 1024 * 1024,
  });
  await startServer(ports.original, original, path.resolve(root, process.env.STORAGE_DIR ?? ".data/uploads"), "original");
  await startServer(ports.copy, copyUrl, path.join(work, "uploads"), "copy");
});

test.afterAll(async () => {
  for (const server of servers) server.kill("SIGTERM");
  await Promise.all(servers.map((s) => new Promise((resolve) => (s.exitCode !== null ? resolve(null) : s.once("exit", resolve)))));
  for (const dir of distDirs) await rm(path.join(root, dir), { recursive: true, force: true });
  if (copyUrl) {
    const admin = new pg.Client({ connectionString: e2eDatabaseUrl() });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS "${new URL(copyUrl).pathname.slice(1)}" WITH (FORCE)`).catch(() => {});
    await admin.end();
  }
  if (work) await rm(work, { recursive: true, force: true });
});

async function samplePaths(): Promise<string[]> {
  return withDatabase(async (db) => {
    const q = async (sql: string) => (await db.query(sql)).rows as Array<Record<string, string | number>>;
    const articles = await q(`
      (SELECT id FROM articles WHERE status = 'PUBLISHED' AND lead_image_id IS NOT NULL ORDER BY id LIMIT 3)
      UNION (SELECT id FROM articles WHERE status = 'PUBLISHED' AND pinned ORDER BY id LIMIT 1)
      UNION (SELECT a.id FROM articles a JOIN boards b ON b.id = a.board_id WHERE a.status = 'PUBLISHED' AND b.kind = 'SCHEDULE' ORDER BY a.id LIMIT 2)
      UNION (SELECT target_id FROM legacy_ids WHERE kind = 'document' ORDER BY legacy_key LIMIT 2)
      UNION (SELECT id FROM articles WHERE status = 'PUBLISHED' ORDER BY published_at LIMIT 2)`);
    const boards = await q("SELECT slug, greatest(1, (SELECT max(board_seq) FROM articles a WHERE a.board_id = b.id) / page_size) AS last FROM boards b ORDER BY id");
    const day = await q("SELECT to_char(min(date), 'YYYY-MM-DD') AS day FROM schedule_entries e JOIN articles a ON a.id = e.article_id WHERE a.status = 'PUBLISHED'");
    const legacy = await q("SELECT legacy_key FROM legacy_ids WHERE kind = 'document' ORDER BY legacy_key LIMIT 1");
    return [
      ...articles.map((a) => `/article/${a.id}`),
      ...boards.flatMap((b) => [`/board/${b.slug}`, `/board/${b.slug}?page=${b.last}`, `/board/${b.slug}/rss.xml`]),
      "/",
      "/schedule",
      "/search?q=%EC%8B%9C%EC%9E%A5",
      `/schedule/${day[0]?.day ?? "2025-02-19"}`,
      "/sitemap.xml",
      "/news-sitemap.xml",
      "/rss.xml",
      "/robots.txt",
      "/article/2147483000",
      ...legacy.map((l) => `/index.php?document_srl=${l.legacy_key}`),
    ];
  });
}

// Next streams the React payload for hydration as numbered chunks in the order their data
// resolved, which varies between any two renders, even of one database on one server. What
// readers and crawlers read is the HTML around it, compared byte for byte.
const FLIGHT_RE = /<script>self\.__next_f\.push\([\s\S]*?\)<\/script>/g;

function withoutFlightData(html: string): string {
  return html.replace(FLIGHT_RE, "");
}

/** Where two bodies first differ, with some context; null when they are equal. */
function difference(a: string, b: string): { at: number; original: string; copy: string } | null {
  if (a === b) return null;
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return { at: i, original: a.slice(Math.max(0, i - 80), i + 120), copy: b.slice(Math.max(0, i - 80), i + 120) };
}

test("the copy serves every sampled public page byte for byte like the original", async () => {
  test.setTimeout(300_000);
  const paths = await samplePaths();
  expect(paths.length).toBeGreaterThan(20);
  for (const p of paths) {
    const [a, b] = await Promise.all(
      [ports.original, ports.copy].map((port) => fetch(`http://127.0.0.1:${port}${p}`, { redirect: "manual" })),
    );
    expect(b!.status, p).toBe(a!.status);
    expect(b!.headers.get("location"), p).toBe(a!.headers.get("location"));
    expect(b!.headers.get("content-type"), p).toBe(a!.headers.get("content-type"));
    const [htmlA, htmlB] = await Promise.all([a!.text(), b!.text()]);
    expect(difference(withoutFlightData(htmlA), withoutFlightData(htmlB)), p).toBeNull();
  }
});

test("photos of the copy are served under the same URLs", async () => {
  const keys = await withDatabase(async (db) => (await db.query<{ key: string }>("SELECT storage_key AS key FROM image_variants ORDER BY id DESC LIMIT 6")).rows);
  for (const { key } of keys) {
    const response = await fetch(`http://127.0.0.1:${ports.copy}/media/${key}`);
    expect(response.status, key).toBe(200);
  }
});
