// In-process access to Prisma's schema engine (wasm build, no network, no native binary):
// apply migrations at start-up and in tests, and diff schema.prisma against the migrations.
// The same core backs the CLI stand-in (scripts/prisma-schema-engine.mjs).
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import {
  createDatabaseIfMissing,
  databaseExists,
  dropDatabase,
  emptyFilter,
  readMigrationsList,
  readSchemaFiles,
  withSchemaEngine,
} from "./engine-core.mjs";

export { createDatabaseIfMissing, databaseExists, dropDatabase };

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
export const DEFAULT_MIGRATIONS_DIR = path.join(repoRoot, "prisma/migrations");
export const DEFAULT_SCHEMA_PATH = path.join(repoRoot, "prisma/schema.prisma");

/**
 * Applies pending migrations exactly like `prisma migrate deploy` (same `_prisma_migrations`
 * rows: checksum = sha256 of migration.sql, advisory lock, failed migrations block later runs)
 * and returns the names of those it applied, in order (empty when up to date).
 * Creates the database first when it does not exist, unless `createDatabase` is false.
 */
export async function applyMigrations(
  databaseUrl: string,
  migrationsDir: string = DEFAULT_MIGRATIONS_DIR,
  options: { createDatabase?: boolean } = {},
): Promise<string[]> {
  if (options.createDatabase !== false) await createDatabaseIfMissing(databaseUrl);
  const migrationsList = await readMigrationsList(migrationsDir);
  if (migrationsList.migrationDirectories.length === 0) {
    throw new Error(`No migrations found in ${migrationsDir}`);
  }
  const { appliedMigrationNames } = await withSchemaEngine({ url: databaseUrl }, (engine) =>
    engine.applyMigrations({ migrationsList, filters: emptyFilter }),
  );
  return appliedMigrationNames;
}

export interface SchemaDiff {
  /** True when schema.prisma describes something the migrations don't create. */
  hasChanges: boolean;
  /** SQL that would bring a database built from the migrations to the schema ("" if none). */
  script: string;
}

/**
 * Diffs the database the migrations produce against `schema.prisma`. The migrations are replayed
 * into a throw-away database on the server of `serverUrl` (created and dropped here), so no
 * existing database is read or written. CHECK constraints and extensions are outside
 * Prisma's diff, so hand-written ones in migrations never count as changes.
 */
export async function diffSchemaAgainstMigrations(
  options: { serverUrl: string; schemaPath?: string; migrationsDir?: string },
): Promise<SchemaDiff> {
  const schemaPath = options.schemaPath ?? DEFAULT_SCHEMA_PATH;
  const migrationsDir = options.migrationsDir ?? DEFAULT_MIGRATIONS_DIR;
  const files = (await readSchemaFiles([schemaPath])).map(([p, content]) => ({ path: p, content }));
  const migrationsList = await readMigrationsList(migrationsDir);
  if (migrationsList.lockfile.content === null) {
    // The engine needs the lock file to know the provider of an (empty) history.
    migrationsList.lockfile.content = 'provider = "postgresql"\n';
  }
  const scratchUrl = withDatabase(
    options.serverUrl,
    `localnews_diff_${Date.now()}_${process.pid}_${Math.floor(Math.random() * 1e6)}`,
  );
  await createDatabaseIfMissing(scratchUrl);
  try {
    const result = await withSchemaEngine({ url: scratchUrl }, (engine) =>
      engine.diff({
        from: { tag: "migrations", ...migrationsList },
        to: { tag: "schemaDatamodel", files },
        script: true,
        exitCode: null,
        filters: emptyFilter,
      }),
    );
    const script = result.stdout ?? "";
    return { hasChanges: !isEmptyMigration(script), script };
  } finally {
    await dropDatabase(scratchUrl);
  }
}

/** The engine's "nothing to do" script is a single comment line. */
function isEmptyMigration(script: string): boolean {
  return script
    .split("\n")
    .map((line) => line.trim())
    .every((line) => line === "" || line.startsWith("--"));
}

/**
 * Writes `<migrationsDir>/<UTC yyyymmddHHMMss>_<name>/migration.sql` with the difference between
 * the migrations and the schema; returns null (and writes nothing) when there is none.
 */
export async function createMigration(
  name: string,
  options: { serverUrl: string; schemaPath?: string; migrationsDir?: string; now?: Date },
): Promise<{ name: string; file: string; script: string } | null> {
  if (!/^[a-z0-9_]+$/i.test(name)) {
    throw new Error(`Migration name must be letters, digits and underscores: "${name}"`);
  }
  const migrationsDir = options.migrationsDir ?? DEFAULT_MIGRATIONS_DIR;
  const diff = await diffSchemaAgainstMigrations({ ...options, migrationsDir });
  if (!diff.hasChanges) return null;
  const stamp = (options.now ?? new Date()).toISOString().replace(/\D/g, "").slice(0, 14);
  const dirName = `${stamp}_${name}`;
  const dir = path.join(migrationsDir, dirName);
  await mkdir(dir, { recursive: false }).catch((e: unknown) => {
    throw new Error(`Cannot create ${dir}: ${(e as Error).message}`);
  });
  const file = path.join(dir, "migration.sql");
  await writeFile(file, diff.script, "utf8");
  await writeFile(
    path.join(migrationsDir, "migration_lock.toml"),
    '# Please do not edit this file manually\n# It should be added in your version-control system (e.g., Git)\nprovider = "postgresql"\n',
    "utf8",
  );
  return { name: dirName, file, script: diff.script };
}

/** The same server and credentials, another database. */
export function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${encodeURIComponent(database)}`;
  return u.toString();
}
