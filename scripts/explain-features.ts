// `npm run explain:features` (DATABASE_URL, e.g. a database seeded with `npm run db:seed --
// --articles 1000000`): the database time of the reader reads issue 10 added, measured on the
// exact statements the app sends (captured from its Prisma client, parameters included) with
// EXPLAIN (ANALYZE, BUFFERS): median of 5 runs, buffers of the last, and whether any step reads a
// whole table. Fills the most-read table first, as the worker would.
import { withPgClient } from "../lib/postgres/tooling.ts";
import { installQueryCapture, type CapturedQuery } from "../lib/postgres/query-capture.ts";

if (!process.env.DATABASE_URL) {
  console.error("explain:features: set DATABASE_URL to the database to measure");
  process.exit(2);
}
const capture = installQueryCapture();
const { loadMostRead } = await import("../lib/views/queries.ts");
const { refreshMostRead, rankMostRead } = await import("../lib/views/most-read.ts");
const { loadRelated } = await import("../lib/articles/related.ts");
const { loadPhotoNews } = await import("../lib/articles/queries.ts");
const { loadReporterCount, loadReporterPage } = await import("../lib/reporters/queries.ts");
const { seoulDay } = await import("../lib/time.ts");
const { REPORTER_MAX_ARTICLES, REPORTER_PAGE_SIZE } = await import("../lib/pagination.ts");

type Plan = { "Node Type": string; "Relation Name"?: string; "Index Name"?: string; Plans?: Plan[] };
type Explained = { Plan: Plan & { "Shared Hit Blocks"?: number; "Shared Read Blocks"?: number }; "Planning Time": number; "Execution Time": number };

function nodes(plan: Plan): Plan[] {
  return [plan, ...(plan.Plans ?? []).flatMap(nodes)];
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
}

const rows: Array<{ name: string; ms: number; planning: number; access: string; seq: string; buffers: string }> = [];

async function explain(name: string, queries: CapturedQuery[]): Promise<void> {
  await withPgClient(process.env.DATABASE_URL!, async (db) => {
    for (const [index, query] of queries.entries()) {
      const runs: Explained[] = [];
      for (let i = 0; i < 5; i++) {
        const { rows: out } = await db.query<{ "QUERY PLAN": Explained[] }>(`EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON) ${query.sql}`, query.params);
        runs.push(out[0]!["QUERY PLAN"][0]!);
      }
      const last = runs.at(-1)!;
      const all = nodes(last.Plan);
      const seq = all.filter((n) => n["Node Type"] === "Seq Scan").map((n) => n["Relation Name"]);
      const access = [...new Set(all.filter((n) => n["Index Name"]).map((n) => `${n["Node Type"]} ${n["Index Name"]}`))].join("; ");
      rows.push({
        name: queries.length > 1 ? `${name} [${index + 1}]` : name,
        ms: median(runs.map((r) => r["Execution Time"])),
        planning: median(runs.map((r) => r["Planning Time"])),
        access: access || all.map((n) => n["Node Type"]).join(" > "),
        seq: seq.length ? seq.join(", ") : "-",
        buffers: `hit ${last.Plan["Shared Hit Blocks"] ?? 0} read ${last.Plan["Shared Read Blocks"] ?? 0}`,
      });
    }
  });
}

async function measure(name: string, work: () => Promise<unknown>): Promise<void> {
  capture.take();
  await work();
  await explain(name, capture.take());
}

const samples = await withPgClient(process.env.DATABASE_URL, async (db) => {
  const count = (await db.query<{ n: number }>("SELECT count(*)::int AS n FROM articles")).rows[0]!.n;
  // Articles of the biggest news board: its newest, one in the middle, its oldest.
  const board = (await db.query<{ id: number; slug: string; total: number }>(
    "SELECT b.id, b.slug, max(a.board_seq)::int AS total FROM boards b JOIN articles a ON a.board_id = b.id WHERE b.kind = 'NEWS' GROUP BY b.id ORDER BY total DESC LIMIT 1",
  )).rows[0]!;
  const at = async (seq: number) =>
    (await db.query<{ id: number; title: string; published_at: Date }>("SELECT id, title, published_at FROM articles WHERE board_id = $1 AND board_seq = $2", [board.id, seq])).rows[0]!;
  const articles = [await at(board.total), await at(Math.ceil(board.total / 2)), await at(1)];
  const author = (await db.query<{ id: number; n: number }>(
    "SELECT author_id AS id, count(*)::int AS n FROM articles WHERE status = 'PUBLISHED' AND author_id IS NOT NULL GROUP BY author_id ORDER BY n DESC LIMIT 1",
  )).rows[0]!;
  return { count, board, articles, author };
});
console.log(`${samples.count.toLocaleString("en-US")} articles; board ${samples.board.slug} (${samples.board.total.toLocaleString("en-US")}); busiest author ${samples.author.id} (${samples.author.n.toLocaleString("en-US")} published)`);

await refreshMostRead();
const today = seoulDay();
await measure("most read: reader block (10+10 rows)", () => loadMostRead());
await measure("most read: worker ranking, today", () => rankMostRead("day", today));
await measure("most read: worker ranking, week", () => rankMostRead("week", today));
for (const [label, a] of [["newest", samples.articles[0]!], ["middle", samples.articles[1]!], ["oldest", samples.articles[2]!]] as const) {
  await measure(`related: ${label} article of the board`, () => loadRelated(a.id, samples.board.id, samples.board.slug, a.title, a.published_at));
}
await measure("photo news (4 newest with a photo)", () => loadPhotoNews(4));
const pages = Math.ceil(Math.min(samples.author.n, REPORTER_MAX_ARTICLES) / REPORTER_PAGE_SIZE);
await measure("reporter page: count (capped)", () => loadReporterCount(samples.author.id));
await measure("reporter page 1", () => loadReporterPage(samples.author.id, 0, REPORTER_PAGE_SIZE));
await measure(`reporter page ${pages} (the last it lists)`, () => loadReporterPage(samples.author.id, (pages - 1) * REPORTER_PAGE_SIZE, REPORTER_PAGE_SIZE));

console.log("\nstatement".padEnd(48) + "exec ms  plan ms  seq scan   access / buffers");
for (const row of rows) {
  console.log(`${row.name.padEnd(47)} ${row.ms.toFixed(2).padStart(7)} ${row.planning.toFixed(2).padStart(8)}  ${row.seq.padEnd(9)}  ${row.access} (${row.buffers})`);
}
await capture.disconnect();
process.exit(0);
