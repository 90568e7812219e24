// `npm run bench:import -- [--documents 100000] [--photo-every 0] [--keep]`
// Times the XE/Rhymix import: builds a synthetic XE site of N documents in the machine's
// MariaDB (TEST_MARIADB_URL, default mysql://root@127.0.0.1:3306) and a fresh PostgreSQL
// database (TEST_DATABASE_URL's server), imports, imports again (the idempotent re-run), and
// prints documents per second. Both databases are dropped at the end unless --keep.
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { parseCommandLine } from "../lib/cli/args.ts";
import { withPgClient } from "../lib/postgres/tooling.ts";
import { applyMigrations, dropDatabase, withDatabase } from "../lib/postgres/schema-engine.ts";
import { importRhymix } from "../lib/import/rhymix/importer.ts";
import { progressBar } from "../lib/cli/progress.ts";
import { LocalDiskStorage } from "../lib/storage/index.ts";
import { dropXeDatabase, loadSyntheticSite, uniqueXeDatabaseName } from "../tests/fixtures/xe/site.ts";

function usage(message?: string): never {
  if (message) console.error(`bench:import: ${message}\n`);
  console.error("usage: npm run bench:import -- [--documents 100000] [--photo-every 0] [--keep]");
  process.exit(2);
}

const { values } = parseCommandLine(
  { options: { documents: { type: "string", default: "100000" }, "photo-every": { type: "string", default: "0" }, keep: { type: "boolean", default: false } } },
  usage,
);
const documents = Number(values.documents);
const photoEvery = Number(values["photo-every"]);
const keep = values.keep;
if (!Number.isInteger(documents) || documents < 1 || !Number.isInteger(photoEvery) || photoEvery < 0) usage("--documents and --photo-every take whole numbers");
const serverUrl = process.env.TEST_DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";

async function main(): Promise<void> {
  const xeName = uniqueXeDatabaseName("bench");
  const pgUrl = withDatabase(serverUrl, `localnews_bench_import_${Date.now()}`);
  const work = await mkdtemp(path.join(tmpdir(), "xe-bench-"));
  const filesDir = path.join(work, "files");
  try {
    let t = Date.now();
    const build = progressBar("XE documents written");
    const xeUrl = await loadSyntheticSite(xeName, { documents, filesDir: photoEvery ? filesDir : undefined, photoEvery, onProgress: (n) => build(n, documents) });
    build.finish();
    console.log(`fixture: ${documents.toLocaleString("en-US")} documents in MariaDB ${xeName} in ${((Date.now() - t) / 1000).toFixed(1)} s`);
    await applyMigrations(pgUrl);
    const storage = new LocalDiskStorage(path.join(work, "uploads"));
    const runs: string[] = [];
    for (const label of ["first import", "second import (nothing changed)"]) {
      t = Date.now();
      const bar = progressBar("documents");
      const report = await importRhymix({ databaseUrl: pgUrl, from: xeUrl, filesDir: photoEvery ? filesDir : null, skipFiles: !photoEvery, storage, onProgress: bar });
      bar.finish();
      const s = (Date.now() - t) / 1000;
      const sum = (k: "imported" | "updated" | "unchanged" | "photos") => report.boards.reduce((n, b) => n + b[k], 0);
      runs.push(`${label}: ${s.toFixed(1)} s, ${Math.round(report.documents / s).toLocaleString("en-US")} documents/s (new ${sum("imported")}, updated ${sum("updated")}, unchanged ${sum("unchanged")}, photos ${sum("photos")}, skipped ${report.skipped.length})`);
      console.log(runs[runs.length - 1]);
    }
    const { rows } = await withPgClient(pgUrl, (client) =>
      client.query("SELECT count(*)::int AS articles, (SELECT count(*)::int FROM schedule_entries) AS entries, pg_size_pretty(pg_database_size(current_database())) AS size FROM articles"),
    );
    console.log(`result: ${JSON.stringify(rows[0])}`);
    console.log(`\n${runs.join("\n")}`);
  } finally {
    if (!keep) {
      await dropXeDatabase(xeName).catch(() => {});
      await dropDatabase(pgUrl).catch(() => {});
      await rm(work, { recursive: true, force: true });
    } else {
      console.log(`kept ${xeName}, ${pgUrl}, ${work}`);
    }
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
