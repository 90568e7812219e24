// `npm run db:seed -- [--articles N] [--seed N] [--now ISO] [--reset] [--no-images]`
// Migrates DATABASE_URL, then seeds the demo newsroom (only into an empty database unless
// --reset, which empties it first and is refused under NODE_ENV=production).
import { parseCommandLine } from "../lib/cli/args.ts";
import { progressBar } from "../lib/cli/progress.ts";
import { withPgClient } from "../lib/postgres/tooling.ts";
import { applyMigrations } from "../lib/postgres/schema-engine.ts";
import { resetDatabase, seedDemo, DEFAULT_ARTICLES } from "../lib/seed/index.ts";

type Args = { articles: number; seed?: number; now?: Date; reset: boolean; images: boolean; databaseUrl?: string };

function usage(message?: string): never {
  if (message) console.error(message);
  console.error("usage: npm run db:seed -- [--articles N] [--seed N] [--now ISO-DATE] [--reset] [--no-images] [--database-url URL]");
  process.exit(2);
}

function readArgs(argv: string[]): Args {
  const options = {
    articles: { type: "string" },
    seed: { type: "string" },
    now: { type: "string" },
    reset: { type: "boolean", default: false },
    "no-images": { type: "boolean", default: false },
    "database-url": { type: "string" },
  } as const;
  const { values } = parseCommandLine({ args: argv, options }, usage);
  const args: Args = { articles: DEFAULT_ARTICLES, reset: values.reset, images: !values["no-images"], databaseUrl: values["database-url"] };
  if (values.articles !== undefined) {
    args.articles = Number(values.articles.replace(/[_,]/g, ""));
    if (!Number.isInteger(args.articles) || args.articles < 20) usage("--articles must be an integer ≥ 20");
  }
  if (values.seed !== undefined) {
    args.seed = Number(values.seed);
    if (!Number.isInteger(args.seed)) usage("--seed must be an integer");
  }
  if (values.now !== undefined) {
    args.now = new Date(values.now);
    if (Number.isNaN(args.now.getTime())) usage("--now must be a date");
  }
  return args;
}

async function main(): Promise<void> {
  const args = readArgs(process.argv.slice(2));
  const databaseUrl = args.databaseUrl ?? process.env.DATABASE_URL;
  if (!databaseUrl) usage("DATABASE_URL is not set (or pass --database-url)");
  if (args.reset && process.env.NODE_ENV === "production") {
    console.error("Refusing --reset with NODE_ENV=production.");
    process.exit(1);
  }
  const started = Date.now();
  const applied = await applyMigrations(databaseUrl);
  if (applied.length > 0) console.error(`migrations applied: ${applied.join(", ")}`);
  if (args.reset) {
    await resetDatabase(databaseUrl);
    console.error("database emptied (--reset)");
  }
  // The bar starts at (0, total), when the article load begins: photos and setup are not in the rate.
  const bar = progressBar("articles");
  const result = await seedDemo(databaseUrl, {
    articles: args.articles,
    seed: args.seed,
    now: args.now,
    images: args.images,
    onProgress: bar,
    log: (message) => console.error(message),
  }).finally(() => bar.finish());
  const size = await withPgClient(databaseUrl, (client) =>
    client.query<{ size: string; articles: string }>(
      "SELECT pg_size_pretty(pg_database_size(current_database())) AS size, (SELECT count(*) FROM articles)::text AS articles",
    ),
  );
  const row = size.rows[0];
  if (result.seeded) {
    console.log(`seeded ${result.articles.toLocaleString("en-US")} articles in ${(result.elapsedMs / 1000).toFixed(1)} s`);
  } else {
    console.log("the database already has content; nothing seeded (use --reset to start over)");
  }
  console.log(`total ${((Date.now() - started) / 1000).toFixed(1)} s · ${row?.articles ?? "?"} articles in the database · database size ${row?.size ?? "?"}`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exit(1);
});
