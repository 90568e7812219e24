// `npm run import:rhymix -- --from mysql://user:pass@host/db [--prefix xe_] [--files DIR] [--dry-run]`
// Imports an XE 1.x / Rhymix 2.x site into DATABASE_URL (lib/import/rhymix). Safe to run again:
// changed posts are updated, unchanged ones skipped, and a crashed run resumes.
import { writeFile } from "node:fs/promises";
import { parseCommandLine } from "../lib/cli/args.ts";
import { applyMigrations } from "../lib/postgres/schema-engine.ts";
import { progressBar } from "../lib/cli/progress.ts";
import { expireTagsOutsideNext } from "../lib/cache/expire-outside-next.ts";
import { ALL_TAG } from "../lib/cache/store.mjs";
import { ImportError, importRhymix, type ImportReport } from "../lib/import/rhymix/importer.ts";

type Args = { from?: string; prefix: string; files?: string; skipFiles: boolean; dryRun: boolean; databaseUrl?: string; site?: string; report?: string };

const USAGE = `usage: npm run import:rhymix -- --from mysql://user:pass@host[:port]/db [options]
  --prefix xe_          table prefix of the XE/Rhymix install (default xe_; Rhymix often uses rx_)
  --files DIR           the site's files/ directory (attachments and photos)
  --skip-files          import without attachments
  --dry-run             read and check everything, write nothing
  --site URL            the running site to refresh when done, when it has no REDIS_URL (default: WEB_SERVER_URL)
  --report FILE         also write the report as JSON
  --database-url URL    our PostgreSQL (default: DATABASE_URL)`;

function usage(message?: string): never {
  if (message) console.error(`import:rhymix: ${message}\n`);
  console.error(USAGE);
  process.exit(2);
}

function readArgs(argv: string[]): Args {
  const { values } = parseCommandLine(
    {
      args: argv,
      options: {
        from: { type: "string" },
        prefix: { type: "string", default: "xe_" },
        files: { type: "string" },
        "skip-files": { type: "boolean", default: false },
        "dry-run": { type: "boolean", default: false },
        site: { type: "string" },
        report: { type: "string" },
        "database-url": { type: "string" },
      },
    },
    usage,
  );
  return {
    from: values.from,
    prefix: values.prefix,
    files: values.files,
    skipFiles: values["skip-files"],
    dryRun: values["dry-run"],
    site: values.site,
    report: values.report,
    databaseUrl: values["database-url"],
  };
}

function printReport(report: ImportReport): void {
  const out: string[] = [];
  const seconds = report.elapsedMs / 1000;
  out.push(`${report.dryRun ? "DRY RUN (nothing was written): " : ""}${report.documents.toLocaleString("en-US")} documents read in ${seconds.toFixed(1)} s (${Math.round(report.documents / Math.max(seconds, 0.001)).toLocaleString("en-US")}/s)`);
  out.push("");
  out.push("board (mid → our URL)                      new  updated  unchanged  skipped  photos  schedules");
  for (const b of report.boards) {
    const name = `${b.mid} → /board/${b.slug}${b.created ? " (new)" : ""}`;
    out.push(`${name.padEnd(40)} ${String(b.imported).padStart(6)} ${String(b.updated).padStart(8)} ${String(b.unchanged).padStart(10)} ${String(b.skipped).padStart(8)} ${String(b.photos).padStart(7)} ${String(b.schedulePosts).padStart(10)}`);
  }
  if (report.outsideBoards > 0) out.push(`\n${report.outsideBoards} documents belong to no board (deleted boards, pages, trash) and were not read.`);
  if (report.skipped.length > 0) {
    out.push(`\nskipped documents (${report.skipped.length}):`);
    for (const s of report.skipped) out.push(`  document_srl ${s.srl} (${s.mid}): ${s.reason}`);
  }
  if (report.scheduleLines.length > 0) {
    out.push(`\nschedule lines kept as text, not as schedule entries (${report.scheduleLines.length}):`);
    for (const l of report.scheduleLines) out.push(`  document_srl ${l.srl}: ${l.text}  — ${l.reason}`);
  }
  if (report.files.length > 0) {
    out.push(`\nattachments not imported as photos (${report.files.length}):`);
    for (const f of report.files) out.push(`  file_srl ${f.fileSrl} (document_srl ${f.srl}) ${f.path}: ${f.reason}`);
  }
  console.log(out.join("\n"));
}

async function main(): Promise<void> {
  const args = readArgs(process.argv.slice(2));
  if (!args.from) usage("--from is required");
  const databaseUrl = args.databaseUrl ?? process.env.DATABASE_URL;
  if (!databaseUrl) usage("DATABASE_URL is not set (or pass --database-url)");
  const applied = await applyMigrations(databaseUrl);
  if (applied.length > 0) console.error(`migrations applied: ${applied.join(", ")}`);
  const bar = progressBar("documents");
  const report = await importRhymix({
    databaseUrl,
    from: args.from,
    prefix: args.prefix,
    filesDir: args.files,
    skipFiles: args.skipFiles,
    dryRun: args.dryRun,
    onProgress: bar,
  }).finally(() => bar.finish());
  printReport(report);
  if (args.report) await writeFile(args.report, JSON.stringify(report, null, 2));
  const site = args.site ?? process.env.WEB_SERVER_URL;
  if (report.dryRun) {
    console.log("\nnext: run the same command without --dry-run to import.");
  } else {
    // An import touches boards, lists, feeds and sitemaps everywhere: expire the whole cache.
    const refreshed = await expireTagsOutsideNext([ALL_TAG], site).catch((error: unknown) => {
      console.log(`\ncould not refresh the running site (${(error as Error).message}): its pages show the import within 5 minutes, or restart it.`);
      return null;
    });
    if (refreshed) console.log("\nrefreshed the running site's cache.");
    else if (refreshed === false) console.log("\nthe running site shows the import within 5 minutes (its cache); with no REDIS_URL, pass --site URL to refresh it at once.");
  }
  console.log("old XE addresses (/index.php?document_srl=…, /{mid}/{srl}, /files/attach/…) now answer 301 to the imported pages.");
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    if (error instanceof ImportError) {
      console.error(`\nimport:rhymix failed: ${error.message}`);
      if (error.hint) console.error(`next: ${error.hint}`);
    } else {
      console.error(`\nimport:rhymix failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    }
    process.exit(1);
  },
);
