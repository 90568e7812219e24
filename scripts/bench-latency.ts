// `npm run bench:latency`: reader-side latency against a running production server (deep pages
// stay flat at a million articles; `npm run bench` is the throughput table of the topology).
//   BENCH_URL      the server (default http://127.0.0.1:3000)
//   DATABASE_URL   the database it serves (default localnews_bench), to pick boards/ids/pages
//   BENCH_N        timed requests per scenario (default 30), after BENCH_WARMUP (default 5)
// "cold" requests go to pages/ids this run has not requested before (data-cache misses unless an
// earlier run visited them); "warm" repeats one URL (cache hits). Also prints the database time
// of the listing and search queries themselves (EXPLAIN ANALYZE), which no cache hides.
import { withPgClient } from "../lib/postgres/tooling.ts";

const baseUrl = (process.env.BENCH_URL ?? "http://127.0.0.1:3000").replace(/\/$/, "");
const databaseUrl = process.env.DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/localnews_bench";
const N = Number(process.env.BENCH_N ?? 30);
const WARMUP = Number(process.env.BENCH_WARMUP ?? 5);
const SEARCH_TERMS = [
  "공공의대", "주민자치", "축제", "간담회", "예산", "도서관", "청소년", "농업", "관광객", "일자리",
  "보조금", "전통시장", "의회", "교육청", "문화재", "체육관", "복지관", "소상공인", "하천", "도로",
  "어르신", "보건소", "시민안전보험", "옻칠", "공모", "협약", "위원회", "캠페인", "장학금", "주차장",
];

type Stats = { median: number; p95: number; errors: number };

async function timeGet(path: string): Promise<{ ms: number; status: number }> {
  const started = performance.now();
  const response = await fetch(baseUrl + path, { redirect: "manual", headers: { "user-agent": "local-news-bench/1.0" } });
  await response.arrayBuffer();
  return { ms: performance.now() - started, status: response.status };
}

function stats(samples: number[], errors: number): Stats {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))] ?? NaN;
  return { median: at(0.5), p95: at(0.95), errors };
}

async function run(paths: string[]): Promise<Stats> {
  const samples: number[] = [];
  let errors = 0;
  for (const path of paths) {
    const { ms, status } = await timeGet(path);
    if (status !== 200) errors++;
    samples.push(ms);
  }
  return stats(samples, errors);
}

async function warm(path: string): Promise<Stats> {
  for (let i = 0; i < WARMUP; i++) await timeGet(path);
  return run(Array.from({ length: N }, () => path));
}

function spread(center: number, min: number, max: number, count: number, seed: number): number[] {
  // Distinct numbers near `center`, shuffled by a fixed-step walk (no randomness needed).
  const out = new Set<number>();
  let offset = seed % 997;
  while (out.size < Math.min(count, max - min + 1)) {
    const n = Math.min(max, Math.max(min, center + ((offset % (2 * count + 1)) - count)));
    out.add(n);
    offset += 7;
    if (offset > 100_000) break;
  }
  return [...out];
}

async function main(): Promise<void> {
  await withPgClient(databaseUrl, (db) => benchmark(db));
}

async function benchmark(db: Parameters<Parameters<typeof withPgClient>[1]>[0]): Promise<void> {
  const { rows: boards } = await db.query<{ id: number; slug: string; page_size: number; total: number }>(
    `SELECT b.id, b.slug, b.page_size, (SELECT max(board_seq) FROM articles WHERE board_id = b.id)::int AS total FROM boards b`,
  );
  const board = boards.sort((a, b) => (b.total ?? 0) - (a.total ?? 0))[0];
  if (!board?.total) throw new Error("no published articles in that database");
  const { rows: counts } = await db.query<{ n: string }>("SELECT count(*) AS n FROM articles");
  const last = Math.ceil(board.total / board.page_size);
  const deep = Math.min(600, last);
  const seed = Date.now();
  console.log(`server ${baseUrl}; database ${new URL(databaseUrl).pathname.slice(1)}: ${Number(counts[0]?.n).toLocaleString("en")} articles; board "${board.slug}": ${board.total.toLocaleString("en")} listed, ${last} pages of ${board.page_size}; N=${N}, warm-up ${WARMUP}\n`);

  const { rows: ids } = await db.query<{ id: number }>(
    "SELECT id FROM articles WHERE status = 'PUBLISHED' ORDER BY random() LIMIT $1",
    [N + 1],
  );
  const boardUrl = (page: number) => `/board/${board.slug}${page > 1 ? `?page=${page}` : ""}`;
  const scenarios: { name: string; cold: string[]; warm: string }[] = [
    { name: "home /", cold: [], warm: "/" },
    { name: "article /article/{id}", cold: ids.slice(1).map((r) => `/article/${r.id}`), warm: `/article/${ids[0]!.id}` },
    { name: "board page 1", cold: [], warm: boardUrl(1) },
    { name: `board page ${deep}`, cold: spread(deep, 2, last, N, seed).map(boardUrl), warm: boardUrl(deep) },
    { name: `board last page (${last})`, cold: spread(last - N, 2, last, N, seed + 1).map(boardUrl), warm: boardUrl(last) },
    {
      name: "search /search?q=…",
      cold: SEARCH_TERMS.map((t) => `/search?q=${encodeURIComponent(t)}`).slice(0, N),
      warm: `/search?q=${encodeURIComponent("공공의대")}`,
    },
  ];

  const fmt = (s: Stats | null) => (s ? `${s.median.toFixed(1).padStart(8)} ${s.p95.toFixed(1).padStart(8)}${s.errors ? ` (${s.errors} non-200)` : ""}` : "       -        -");
  console.log(`${"scenario".padEnd(28)} ${"cold med".padStart(8)} ${"cold p95".padStart(8)}   ${"warm med".padStart(8)} ${"warm p95".padStart(8)}   (ms)`);
  for (const s of scenarios) {
    const cold = s.cold.length ? await run(s.cold) : null;
    const hot = await warm(s.warm);
    console.log(`${s.name.padEnd(28)} ${fmt(cold)}   ${fmt(hot)}`);
  }

  // Database time of the reads themselves, as the app issues them.
  console.log("\ndatabase time (EXPLAIN ANALYZE, median of 5):");
  const explain = async (label: string, sql: string, params: unknown[]) => {
    const times: number[] = [];
    for (let i = 0; i < 5; i++) {
      const { rows } = await db.query<{ "QUERY PLAN": string }>(`EXPLAIN (ANALYZE, FORMAT TEXT) ${sql}`, params);
      const line = rows.map((r) => r["QUERY PLAN"]).find((l) => l.startsWith("Execution Time"));
      times.push(Number(line?.match(/([\d.]+) ms/)?.[1] ?? NaN));
    }
    console.log(`  ${label.padEnd(34)} ${stats(times, 0).median.toFixed(2)} ms`);
  };
  const range = (page: number) => {
    const to = board.total - (page - 1) * board.page_size;
    return [Math.max(1, to - board.page_size + 1), to];
  };
  const listSql = "SELECT id, title, excerpt, published_at, board_seq FROM articles WHERE board_id = $1 AND board_seq BETWEEN $2 AND $3 ORDER BY board_seq DESC";
  for (const page of [1, deep, last]) await explain(`board page ${page} (boardSeq range)`, listSql, [board.id, ...range(page)]);
  await explain("board total (max boardSeq)", "SELECT max(board_seq) FROM articles WHERE board_id = $1", [board.id]);
  // The same statements as lib/search/queries.ts: substring LIKE for 3+ characters, word starts
  // through pg_trgm word similarity for two-character queries.
  for (const term of ["공공의대", "축제", "예산"]) {
    const short = Array.from(term).length < 3;
    const where = short
      ? "a.status = 'PUBLISHED' AND (($2 <% a.title AND a.title LIKE $1) OR ($2 <% a.body_text AND a.body_text LIKE $1))"
      : "a.status = 'PUBLISHED' AND (a.title LIKE $1 OR a.body_text LIKE $1)";
    const params = short ? [`%${term}%`, term] : [`%${term}%`];
    const cap = short ? 301 : 1001;
    await explain(`search "${term}" page 1`, `SELECT a.id FROM articles a WHERE ${where} ORDER BY a.published_at DESC, a.id DESC LIMIT 15`, params);
    await explain(`search "${term}" capped count`, `SELECT count(*) FROM (SELECT 1 FROM articles a WHERE ${where} LIMIT ${cap}) s`, params);
  }
  await db.end();
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
