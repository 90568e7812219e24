// `npm run bench`: the throughput table of the production topology on this machine. It starts
// what it needs — the cluster (scripts/cluster.ts: nginx's cache in front of two servers, the
// worker, Redis; PostgreSQL is DATABASE_URL or the embedded default, demo content seeded once)
// and, as the ceiling, a second nginx serving the same pages as saved files — then loads each
// from a second process (Debian's wrk, installed when missing) and prints one table: req/s, p50,
// p99, non-2xx and the ratio to the ceiling, through the edge and at the origin alone (one
// server, no cache in front). Then: publish → visible through the edge and on the other server
// (median of 20, through a real browser), two servers versus one, the shared cache's hit ratio,
// and each process's peak RSS. Options (environment): BENCH_PORT (8480), BENCH_SECONDS (8).
import { spawn, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdir, readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { createClient } from "redis";
import { createRedisStore } from "../lib/cache/store.mjs";
import { withPgClient } from "../lib/postgres/tooling.ts";
import { startCluster, type Cluster } from "./cluster.ts";
import { nginxBinary } from "./services/nginx.ts";
import { spawnTied } from "./services/spawn.ts";
import { waitForHttp } from "./services/wait.ts";

const PORT = Number(process.env.BENCH_PORT ?? 8480);
const STATIC_PORT = PORT + 10;
const SECONDS = Number(process.env.BENCH_SECONDS ?? 8);
const CONNECTIONS = 32;
/** Origin rows: rounds of `/robots.txt` then the page, back to back, so both see the same machine. */
const ORIGIN_ROUNDS = Math.max(1, Number(process.env.BENCH_ORIGIN_ROUNDS ?? 3));
const RUN_DIR = path.join("/tmp", `local-news-bench-${PORT}`);
const READER_UA = "Mozilla/5.0 (Linux; Android 14; SM-S921N) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36";

type Scenario = { name: string; paths: string[] };
type WrkResult = { rps: number; p50: number; p99: number; non2xx: number; errors: number };

function wrkBinary(): string {
  if (existsSync("/usr/bin/wrk")) return "/usr/bin/wrk";
  if (process.getuid?.() === 0) {
    console.log("▶ installing Debian's wrk");
    spawnSync("bash", ["-c", "apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null"], { stdio: "inherit" });
  }
  if (!existsSync("/usr/bin/wrk")) throw new Error("wrk is not installed (Debian: `apt-get install wrk`)");
  return "/usr/bin/wrk";
}

/** A wrk script that walks through `paths` (one per request, round robin per thread). */
async function wrkScript(paths: string[], name: string, cookie?: string): Promise<string> {
  const file = path.join(RUN_DIR, `${name}.lua`);
  const list = paths.map((p) => `"${p.replace(/["\\]/g, "\\$&")}"`).join(",\n  ");
  await writeFile(
    file,
    `local paths = {\n  ${list}\n}
local i = 0
request = function()
  i = i + 1
  return wrk.format("GET", paths[(i % #paths) + 1], { ${cookie ? `["Cookie"] = "${cookie}", ` : ""}["User-Agent"] = "${READER_UA}" })
end
done = function(summary, latency, requests)
  io.write(string.format("JSON {\\"rps\\": %f, \\"p50\\": %f, \\"p99\\": %f, \\"non2xx\\": %d, \\"errors\\": %d}\\n",
    summary.requests / (summary.duration / 1e6), latency:percentile(50) / 1000, latency:percentile(99) / 1000,
    summary.errors.status, summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout))
end
`,
  );
  return file;
}

async function wrk(base: string, scenario: Scenario, label: string, options: { cookie?: string; warmUp?: boolean; seconds?: number } = {}): Promise<WrkResult> {
  const script = await wrkScript(scenario.paths, `${label}-${scenario.name}`.replace(/[^a-z0-9-]/gi, "_"), options.cookie);
  const run = (duration: number) =>
    new Promise<string>((resolve, reject) => {
      const child = spawn(wrkBinary(), ["-t2", `-c${CONNECTIONS}`, `-d${duration}s`, "--timeout", "5s", "-s", script, base], { stdio: ["ignore", "pipe", "inherit"] });
      let out = "";
      child.stdout.on("data", (chunk: Buffer) => (out += chunk.toString()));
      child.once("error", reject);
      child.once("exit", () => resolve(out));
    });
  if (options.warmUp !== false) await run(2); // warm-up: caches filled, connections open
  const out = await run(options.seconds ?? SECONDS);
  const json = /JSON (\{.*\})/.exec(out)?.[1];
  if (!json) throw new Error(`wrk printed no result for ${label} ${scenario.name}:\n${out}`);
  return JSON.parse(json) as WrkResult;
}

async function scenarios(databaseUrl: string): Promise<Scenario[]> {
  return withPgClient(databaseUrl, async (db) => {
    const ids = (await db.query<{ id: number }>("SELECT id FROM articles WHERE status = 'PUBLISHED' ORDER BY id DESC LIMIT 240")).rows.map((r) => r.id);
    const board = (
      await db.query<{ slug: string; pages: number }>(
        "SELECT b.slug, ceil(max(a.board_seq)::numeric / b.page_size)::int AS pages FROM boards b JOIN articles a ON a.board_id = b.id GROUP BY b.id ORDER BY pages DESC LIMIT 1",
      )
    ).rows[0]!;
    const deep = Math.max(2, Math.min(600, board.pages - 1));
    return [
      { name: `article (${ids.length} ids)`, paths: ids.map((id) => `/article/${id}`) },
      { name: "board page 1", paths: [`/board/${board.slug}`] },
      { name: `board page ${deep}`, paths: [`/board/${board.slug}?page=${deep}`] },
      { name: "home", paths: ["/"] },
      { name: "schedule", paths: ["/schedule"] },
      { name: "search", paths: [`/search?q=${encodeURIComponent("시민")}`] },
    ];
  });
}

/** The ceiling: nginx serving the same pages, saved as files, with the same keepalive. */
async function startStaticNginx(cluster: Cluster, list: Scenario[]): Promise<{ stop: () => Promise<void>; scenarios: Scenario[] }> {
  const dir = path.join(RUN_DIR, "static");
  await rm(dir, { recursive: true, force: true });
  const staticScenarios: Scenario[] = [];
  let n = 0;
  for (const scenario of list) {
    const files: string[] = [];
    for (const page of scenario.paths) {
      const response = await fetch(cluster.url + page, { headers: { "user-agent": READER_UA } });
      const file = `/p/${n++}.html`;
      await mkdir(path.join(dir, "p"), { recursive: true });
      await writeFile(path.join(dir, file), Buffer.from(await response.arrayBuffer()));
      files.push(file);
    }
    staticScenarios.push({ name: scenario.name, paths: files });
  }
  const conf = path.join(RUN_DIR, "static.conf");
  await writeFile(
    conf,
    `${process.getuid?.() === 0 ? "user root;" : ""}
worker_processes auto;
pid ${RUN_DIR}/static.pid;
error_log ${RUN_DIR}/static-error.log warn;
events { worker_connections 4096; }
http {
  access_log off;
  default_type text/html;
  client_body_temp_path ${RUN_DIR}/s_body; proxy_temp_path ${RUN_DIR}/s_proxy; fastcgi_temp_path ${RUN_DIR}/s_fcgi; uwsgi_temp_path ${RUN_DIR}/s_uwsgi; scgi_temp_path ${RUN_DIR}/s_scgi;
  open_file_cache max=1000;
  server { listen 127.0.0.1:${STATIC_PORT}; root ${dir}; }
}
`,
  );
  const child = spawnTied(nginxBinary(), ["-p", RUN_DIR, "-c", conf, "-g", "daemon off;"], { stdio: "inherit" });
  await waitForHttp(`http://127.0.0.1:${STATIC_PORT}${staticScenarios[0]!.paths[0]}`, 10_000, child);
  return {
    scenarios: staticScenarios,
    stop: () => new Promise((resolve) => (child.exitCode !== null ? resolve() : (child.once("exit", () => resolve()), child.kill("SIGQUIT")))),
  };
}

type MemoryWatch = { phase: (name: string) => void; stop: () => { peaks: Record<string, number>; phases: Record<string, Record<string, number>> } };

/**
 * Peak resident memory of each (group of) process(es), sampled every half second: over the whole
 * run, and per phase of it (the load rows, the publishes...), so a peak can be traced to its cause.
 */
function watchMemory(processes: Record<string, () => number[]>): MemoryWatch {
  const peaks: Record<string, number> = {};
  const phases: Record<string, Record<string, number>> = {};
  let current = "start";
  const rss = async (pid: number) => {
    try {
      return Number(/VmRSS:\s+(\d+)/.exec(await readFile(`/proc/${pid}/status`, "utf8"))?.[1] ?? 0) / 1024;
    } catch {
      return 0; // the process is gone
    }
  };
  const sample = async () => {
    const phase = (phases[current] ??= {});
    for (const [name, pids] of Object.entries(processes)) {
      const total = (await Promise.all(pids().map(rss))).reduce((a, b) => a + b, 0);
      peaks[name] = Math.max(peaks[name] ?? 0, total);
      phase[name] = Math.max(phase[name] ?? 0, total);
    }
  };
  const timer = setInterval(() => void sample(), 500);
  return {
    phase: (name) => {
      current = name;
    },
    stop: () => {
      clearInterval(timer);
      return { peaks, phases };
    },
  };
}

function childPids(pid: number): number[] {
  const out = spawnSync("ps", ["-o", "pid=", "--ppid", String(pid)], { encoding: "utf8" }).stdout;
  return out.split("\n").map((line) => Number(line.trim())).filter(Boolean);
}

async function publishTimings(cluster: Cluster, count: number): Promise<{ edge: number[]; otherServer: number[] }> {
  const { chromium } = await import("@playwright/test");
  const debian = "/usr/bin/chromium";
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? (existsSync(debian) ? debian : undefined),
    args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
  const [serverA, serverB] = cluster.servers.map((server) => server.url) as [string, string];
  const page = await browser.newPage();
  await page.goto(`${serverA}/login?next=${encodeURIComponent("/editor")}`);
  await page.getByLabel("아이디").fill("editor");
  await page.getByLabel("비밀번호", { exact: true }).fill(process.env.DEMO_PASSWORD ?? "demo1234!");
  await page.getByRole("button", { name: "로그인", exact: true }).click();
  await page.waitForURL((url) => url.pathname === "/editor");
  const timings = { edge: [] as number[], otherServer: [] as number[] };
  const until = async (check: () => Promise<boolean>, started: number) => {
    while (!(await check())) {
      if (Date.now() - started > 10_000) return Number.POSITIVE_INFINITY;
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    return Date.now() - started;
  };
  const has = async (url: string, title: string) => (await (await fetch(url, { headers: { "user-agent": READER_UA } })).text()).includes(title);
  for (let i = 0; i < count; i++) {
    const title = `벤치 발행 ${Date.now().toString(36)}-${i}`;
    await page.goto(`${serverA}/editor/articles/new`);
    await page.getByLabel("제목", { exact: true }).fill(title);
    await page.getByLabel("게시판", { exact: true }).selectOption({ index: 1 });
    await page.getByRole("textbox", { name: "본문", exact: true }).click();
    await page.keyboard.insertText("벤치마크가 발행한 기사입니다.");
    await Promise.all([page.waitForURL(/done=published/), page.getByRole("button", { name: "발행", exact: true }).click()]);
    const started = Date.now();
    const [edge, other] = await Promise.all([until(() => has(`${cluster.url}/`, title), started), until(() => has(`${serverB}/`, title), started)]);
    timings.edge.push(edge);
    timings.otherServer.push(other);
  }
  await browser.close();
  return timings;
}

/**
 * Reads each page until the server answers it from a fresh cache entry (Next's
 * `x-nextjs-cache: HIT`), one page at a time: a stale page is re-rendered in the background
 * after its first read, and 240 of those at once would be a load of their own.
 */
async function refreshPages(origin: string, paths: string[], timeoutMs = 10_000): Promise<void> {
  const fresh = async (page: string) => {
    const response = await fetch(origin + page, { headers: { "user-agent": READER_UA } });
    await response.arrayBuffer();
    return response.headers.get("x-nextjs-cache") === "HIT";
  };
  for (const page of paths) {
    const deadline = Date.now() + timeoutMs;
    while (!(await fresh(page)) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/**
 * Dates every stored article page back by `seconds` in the shared cache, as if rendered that
 * long ago: past their lifetime, all at once (what a deploy's first hour, or a cache filled in
 * one burst, leaves behind). Entries are the store's hashes (lib/cache/store.mjs), `m` their time.
 */
async function ageArticlePages(redisUrl: string, seconds: number): Promise<number> {
  const client = createClient({ url: redisUrl });
  await client.connect();
  let aged = 0;
  try {
    for await (const keys of client.scanIterator({ MATCH: "ln:e:*APP_PAGE*/article/*", COUNT: 500 })) {
      for (const key of keys) aged += (await client.hIncrByFloat(key, "m", -seconds * 1000)) ? 1 : 0;
    }
  } finally {
    await client.close();
  }
  return aged;
}

/**
 * Readers arriving at 240 stale article pages at once, at one server: each stale page is served
 * as it is and re-rendered behind it, at most a few at a time (lib/cache/handler.mjs
 * Regenerations). Three 5-second windows from the first read.
 */
async function staleArticles(origin: string, redisUrl: string, article: Scenario): Promise<string> {
  const aged = await ageArticlePages(redisUrl, 400);
  const windows = [];
  for (let i = 0; i < 3; i++) windows.push(await wrk(origin, article, `stale-${i}`, { warmUp: false, seconds: 5 }));
  const shown = windows.map((w, i) => `${i * 5}–${i * 5 + 5} s: ${fmt(w.rps)} req/s (p99 ${fmt(w.p99)} ms, non-2xx ${w.non2xx + w.errors})`);
  return `${aged} article pages stale at once, one server: ${shown.join("; ")}`;
}

/**
 * A page at the origin against Next's cheapest route on the same server: each round measures
 * `/robots.txt` and then the page, so a busy moment of the shared host lowers both sides of a
 * ratio instead of one. The median round (by ratio) is reported, with every round's ratio.
 */
async function originAgainstRobots(origin: string, scenario: Scenario): Promise<{ page: WrkResult; robots: number; ratio: number; ratios: number[] }> {
  const rounds: Array<{ page: WrkResult; robots: WrkResult; ratio: number }> = [];
  for (let round = 0; round < ORIGIN_ROUNDS; round++) {
    const robots = await wrk(origin, { name: "robots", paths: ["/robots.txt"] }, "origin");
    const page = await wrk(origin, scenario, "origin");
    rounds.push({ page, robots, ratio: page.rps / robots.rps });
  }
  const ratios = rounds.map((r) => r.ratio);
  const middle = [...rounds].sort((a, b) => a.ratio - b.ratio)[Math.floor(rounds.length / 2)]!;
  return { page: middle.page, robots: median(rounds.map((r) => r.robots.rps)), ratio: middle.ratio, ratios };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;
const fmt = (n: number, digits = 0) => n.toLocaleString("en-US", { maximumFractionDigits: digits, minimumFractionDigits: digits });

async function main(): Promise<void> {
  await rm(RUN_DIR, { recursive: true, force: true });
  await mkdir(RUN_DIR, { recursive: true });
  wrkBinary();
  delete process.env.REDIS_URL;
  const cluster = await startCluster({ port: PORT, runDir: path.join(RUN_DIR, "edge") });
  let staticServer: Awaited<ReturnType<typeof startStaticNginx>> | null = null;
  let memory: MemoryWatch | null = null;
  try {
    const list = await scenarios(cluster.databaseUrl);
    staticServer = await startStaticNginx(cluster, list);
    const origin = cluster.servers[0]!.url;
    const one = (pid: number | undefined) => (pid ? [pid] : []);
    memory = watchMemory({
      "next server A": () => one(cluster.servers[0]!.process().pid),
      "next server B": () => one(cluster.servers[1]!.process().pid),
      worker: () => one(cluster.worker.process()?.pid),
      "nginx edge (master and workers)": () => [...one(cluster.nginx.process.pid), ...childPids(cluster.nginx.process.pid ?? 0)],
      redis: () => one(cluster.redis?.pid),
    });
    const stats = createRedisStore(cluster.redisUrl, { log: () => {} });
    const statsBefore = await stats.stats();

    memory.phase("load rows");
    console.log(`\nwrk -t2 -c${CONNECTIONS}, ${SECONDS} s per row after a 2 s warm-up; ${new Date().toISOString()}\n`);
    const header = "| page | static req/s | edge req/s | p50 | p99 | non-2xx | edge/static | origin req/s | p50 | p99 | non-2xx | robots req/s | origin/robots |";
    const rows = [header, "|" + " --- |".repeat(13)];
    for (let i = 0; i < list.length; i++) {
      const scenario = list[i]!;
      const ceiling = await wrk(`http://127.0.0.1:${STATIC_PORT}`, staticServer.scenarios[i]!, "static");
      const edge = await wrk(cluster.url, scenario, "edge");
      const alone = await originAgainstRobots(origin, scenario);
      rows.push(
        `| ${scenario.name} | ${fmt(ceiling.rps)} | ${fmt(edge.rps)} | ${fmt(edge.p50, 1)} ms | ${fmt(edge.p99, 1)} ms | ${edge.non2xx + edge.errors} | ${fmt(edge.rps / ceiling.rps, 2)} | ${fmt(alone.page.rps)} | ${fmt(alone.page.p50, 1)} ms | ${fmt(alone.page.p99, 1)} ms | ${alone.page.non2xx + alone.page.errors} | ${fmt(alone.robots)} | ${fmt(alone.ratio, 2)} (${alone.ratios.map((r) => fmt(r, 2)).join(", ")}) |`,
      );
      console.log(rows.at(-1));
    }
    console.log(`\norigin: ${ORIGIN_ROUNDS} rounds per row, each /robots.txt then the page on the same server; the row shows the median round's page figures, the median robots rate and the median of the rounds' ratios (each round's in brackets)\n`);
    console.log(rows.join("\n"));

    // Two servers behind nginx versus one server, on pages the cache cannot answer: an editor's
    // session cookie sends every request past the edge's cache to the origin servers. The
    // articles were rendered minutes ago, past their 5-minute lifetime: rendered again first,
    // or this would measure 240 re-renders at once rather than serving.
    const article = list[0]!;
    memory.phase("stale articles read at once");
    console.log(`\n${await staleArticles(origin, cluster.redisUrl, article)}`);
    memory.phase("re-rendering the stale articles, one at a time");
    await refreshPages(origin, article.paths);
    memory.phase("two servers vs one");
    const two = await wrk(cluster.url, article, "two-servers", { cookie: "ln_session=bench" });
    const single = await wrk(origin, article, "one-server");
    const after = await stats.stats();
    const hits = after.hit - statsBefore.hit;
    const lookups = hits + (after.miss - statsBefore.miss) + (after.expired - statsBefore.expired);
    console.log(`\nuncached by the edge (article pages): two servers behind nginx ${fmt(two.rps)} req/s, one server alone ${fmt(single.rps)} req/s (×${fmt(two.rps / single.rps, 2)} on ${spawnSync("nproc", { encoding: "utf8" }).stdout.trim()} cores)`);
    console.log(`shared cache (Redis) during the run: ${fmt(lookups)} lookups, hit ratio ${fmt((hits / Math.max(1, lookups)) * 100, 1)} %`);
    await stats.close();

    memory.phase("publishes");
    const timings = await publishTimings(cluster, Number(process.env.BENCH_PUBLISHES ?? 20));
    console.log(`publish → visible on / through the edge: median ${median(timings.edge)} ms (of ${timings.edge.length}; max ${Math.max(...timings.edge)} ms)`);
    console.log(`publish on server A → visible on / of server B: median ${median(timings.otherServer)} ms (max ${Math.max(...timings.otherServer)} ms)`);

    const { peaks, phases } = memory.stop();
    console.log("\npeak RSS during the run:");
    for (const [name, mb] of Object.entries(peaks)) console.log(`  ${name}: ${fmt(mb)} MiB`);
    console.log("peak RSS of the servers by phase:");
    for (const [phase, byProcess] of Object.entries(phases)) {
      console.log(`  ${phase}: A ${fmt(byProcess["next server A"] ?? 0)} MiB, B ${fmt(byProcess["next server B"] ?? 0)} MiB`);
    }
  } finally {
    memory?.stop();
    await staticServer?.stop();
    await cluster.stop();
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
