// Shared core of the offline schema engine: Prisma's own schema engine compiled to wasm
// (@prisma/schema-engine-wasm, the build prisma 7.10.0 pins), driven through adapter-pg.
// Used in-process by lib/postgres/schema-engine.ts and, as a child process, by the CLI stand-in
// scripts/prisma-schema-engine.mjs. Plain JS so the CLI stand-in needs no transpiler.
// "Trap N" below names one of the ways this setup went wrong before, fixed where it is noted.
import { readFileSync } from "node:fs";
import { readdir, readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import pg from "pg";
import { parseIntoClientConfig } from "pg-connection-string";
import { PrismaPg } from "@prisma/adapter-pg";
import { ColumnTypeEnum, bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";
import * as wasmBindings from "@prisma/schema-engine-wasm/schema_engine_bg";

const require = createRequire(import.meta.url);

let wasmLoaded = false;
/** Set once the engine panicked: the wasm instance is unusable for the rest of the process. */
let panicked;
const panicListeners = new Set();

// The wasm reports a Rust panic's reason through this global (otherwise a panic is a bare
// "unreachable" thrown from a microtask, and the pending call never settles). Installed only
// around engine calls, since Prisma Client's own wasm uses the same global.
const engineRegistry = {
  set_message(/** @type {string} */ message) {
    panicked = message;
    for (const listener of panicListeners) listener(message);
  },
};

// Trap 1: the package entry imports the .wasm bundler-style, which Node can't load.
export function loadSchemaEngineWasm() {
  if (!wasmLoaded) {
    const bgPath = require.resolve("@prisma/schema-engine-wasm/schema_engine_bg");
    const bytes = readFileSync(path.join(path.dirname(bgPath), "schema_engine_bg.wasm"));
    const instance = new WebAssembly.Instance(new WebAssembly.Module(bytes), {
      "./schema_engine_bg.js": wasmBindings,
    });
    wasmBindings.__wbg_set_wasm(instance.exports);
    /** @type {any} */ (instance.exports).__wbindgen_start();
    wasmLoaded = true;
  }
  return wasmBindings;
}

// Trap 2: the engine's catalog queries return the one-byte "char" type (oid 18), which
// adapter-pg 7.10.0 refuses. Relabelling it as text is not enough: the describer reads
// constraint types as a character (CHECK constraints panic otherwise). So, on the engine's
// adapters only, let pg see text and hand the engine the Character column type the native
// driver would report.
const CHAR_COLUMNS = Symbol("charColumns");

function patchCharColumns(queryable) {
  const performIO = queryable.performIO.bind(queryable);
  queryable.performIO = async (query) => {
    const result = await performIO(query);
    const indexes = [];
    (result?.fields ?? []).forEach((field, i) => {
      if (field.dataTypeID === 18) {
        field.dataTypeID = 25;
        indexes.push(i);
      }
    });
    // Tagged on the rows array, which queryRaw passes through, so concurrent queries can't mix.
    if (indexes.length > 0) Object.defineProperty(result.rows, CHAR_COLUMNS, { value: indexes });
    return result;
  };
  const queryRaw = queryable.queryRaw.bind(queryable);
  queryable.queryRaw = async (query) => {
    const res = await queryRaw(query);
    for (const i of res.rows?.[CHAR_COLUMNS] ?? []) res.columnTypes[i] = ColumnTypeEnum.Character;
    return res;
  };
  return queryable;
}

/**
 * adapter-pg's executeScript splits the script on every ";" (breaking on semicolons in comments,
 * literals and function bodies) and runs the pieces on whatever pool connection is free. Send
 * the script whole instead, as the native engine does: one simple-protocol query, which
 * PostgreSQL runs as one implicit transaction, so a failing migration leaves nothing behind.
 */
function patchAdapter(adapter) {
  patchCharColumns(adapter);
  adapter.executeScript = async (script) => {
    try {
      await adapter.underlyingDriver().query(script);
    } catch (error) {
      adapter.onError(error);
    }
  };
  const startTransaction = adapter.startTransaction.bind(adapter);
  adapter.startTransaction = async (...args) => patchCharColumns(await startTransaction(...args));
  return adapter;
}

/** Explicit connection fields (trap 3: a connectionString would override `database`). */
export function connectionFields(url) {
  const { connectionString: _ignored, ...fields } = /** @type {any} */ (parseIntoClientConfig(url));
  return fields;
}

export function databaseName(url) {
  const name = connectionFields(url).database;
  if (!name) throw new Error("The database URL names no database");
  return name;
}

export function quoteIdent(name) {
  return `"${String(name).replaceAll('"', '""')}"`;
}

function adminFields(url) {
  // A maintenance database to run CREATE/DROP DATABASE from.
  return { ...connectionFields(url), database: "postgres" };
}

async function withClient(fields, fn) {
  const client = new pg.Client(fields);
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end().catch(() => {});
  }
}

export async function databaseExists(url) {
  const name = databaseName(url);
  return withClient(adminFields(url), async (c) => {
    const r = await c.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
    return (r.rowCount ?? 0) > 0;
  });
}

/** Creates the database if missing; returns true when it created it. */
export async function createDatabaseIfMissing(url) {
  const name = databaseName(url);
  return withClient(adminFields(url), async (c) => {
    const r = await c.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
    if ((r.rowCount ?? 0) > 0) return false;
    try {
      await c.query(`CREATE DATABASE ${quoteIdent(name)}`);
    } catch (e) {
      // 42P04: a concurrent creator won the race.
      if (/** @type {any} */ (e).code !== "42P04") throw e;
      return false;
    }
    return true;
  });
}

export async function dropDatabase(url) {
  const name = databaseName(url);
  // WITH (FORCE) exists since PostgreSQL 13; it ends leftover sessions (e.g. a killed test).
  await withClient(adminFields(url), (c) =>
    c.query(`DROP DATABASE IF EXISTS ${quoteIdent(name)} WITH (FORCE)`),
  );
}

/**
 * A throw-away shadow database, dropped when its adapter is disposed; traps 3 and 4 are why
 * this isn't adapter-pg's own.
 * @param {ReturnType<typeof connectionFields>} mainFields
 */
async function connectThrowawayShadow(mainFields) {
  const name = `prisma_migrate_shadow_db_${globalThis.crypto.randomUUID()}`;
  const admin = new pg.Client(mainFields);
  await admin.connect();
  await admin.query(`CREATE DATABASE ${quoteIdent(name)}`);
  const shadowPool = new pg.Pool({ ...mainFields, database: name });
  let dropped = false;
  const adapter = patchAdapter(
    await new PrismaPg(shadowPool, { disposeExternalPool: true }).connect(),
  );
  const inner = adapter.dispose.bind(adapter);
  adapter.dispose = async () => {
    if (dropped) return;
    dropped = true;
    await inner().catch(() => {});
    try {
      await admin.query(`DROP DATABASE IF EXISTS ${quoteIdent(name)} WITH (FORCE)`);
    } finally {
      await admin.end().catch(() => {});
    }
  };
  return adapter;
}

/**
 * A migration-aware adapter factory that remembers every adapter it opened so that
 * `disposeAll` can close them after each engine call (trap 7).
 */
export function createAdapterFactory(url, { shadowDatabaseUrl } = {}) {
  const mainFields = connectionFields(url);
  // One connection: the engine's advisory lock (taken by applyMigrations, never released
  // explicitly) then belongs to the session that runs every later query, as with the native
  // engine. On a pool, a second call could wait on a lock held by an idle pooled connection.
  const base = new PrismaPg({ ...mainFields, max: 1 });
  /** @type {Array<{ dispose(): Promise<void> }>} */
  const open = [];

  const factory = {
    provider: base.provider,
    adapterName: base.adapterName,
    async connect() {
      const adapter = patchAdapter(await base.connect());
      open.push(adapter);
      return adapter;
    },
    async connectToShadowDb() {
      if (shadowDatabaseUrl) {
        const shadow = new PrismaPg(connectionFields(shadowDatabaseUrl));
        const adapter = patchAdapter(await shadow.connect());
        open.push(adapter);
        // Trap 5: an explicit shadow database is not emptied by the engine (P3006).
        await adapter.executeScript("DROP SCHEMA IF EXISTS public CASCADE; CREATE SCHEMA public");
        return adapter;
      }
      const adapter = await connectThrowawayShadow(mainFields);
      open.push(adapter);
      return adapter;
    },
  };

  async function disposeAll() {
    const adapters = open.splice(0);
    for (const a of adapters.reverse()) {
      await a.dispose().catch(() => {});
    }
  }

  return { factory, disposeAll };
}

/** Reads `[path, content]` pairs for the engine's `datamodels`. */
export async function readSchemaFiles(schemaPaths) {
  return Promise.all(
    schemaPaths.map(async (p) => /** @type {[string, string]} */ ([p, await readFile(p, "utf8")])),
  );
}

/** The migrations folder as the engine expects it (same shape the Prisma CLI builds). */
export async function readMigrationsList(migrationsDir, shadowDbInitScript = "") {
  const baseDir = path.resolve(migrationsDir);
  const lockPath = "migration_lock.toml";
  const lockContent = await readFile(path.join(baseDir, lockPath), "utf8").catch(() => null);
  const entries = await readdir(baseDir, { withFileTypes: true }).catch(() => []);
  const migrationDirectories = [];
  for (const entry of entries.filter((e) => e.isDirectory())) {
    const file = "migration.sql";
    const content = await readFile(path.join(baseDir, entry.name, file), "utf8").then(
      (value) => ({ tag: "ok", value }),
      (e) => ({ tag: "error", value: String(e?.message ?? e) }),
    );
    migrationDirectories.push({ path: entry.name, migrationFile: { path: file, content } });
  }
  migrationDirectories.sort((a, b) => a.path.localeCompare(b.path));
  return {
    baseDir,
    lockfile: { path: lockPath, content: lockContent },
    migrationDirectories,
    shadowDbInitScript,
  };
}

export const emptyFilter = Object.freeze({ externalTables: [], externalEnums: [] });

/** Runs `fn` so that an engine panic rejects it instead of leaving it pending forever. */
async function guardPanics(fn) {
  if (panicked) throw new Error(`Schema engine panicked earlier in this process: ${panicked}`);
  const g = /** @type {any} */ (globalThis);
  const previousRegistry = g.PRISMA_WASM_PANIC_REGISTRY;
  g.PRISMA_WASM_PANIC_REGISTRY = engineRegistry;
  /** @type {(message: string) => void} */
  let onPanic = () => {};
  const panic = new Promise((_, reject) => {
    onPanic = (message) =>
      reject(Object.assign(new Error(`Schema engine panicked: ${message}`), { isPanic: true }));
  });
  panic.catch(() => {});
  panicListeners.add(onPanic);
  try {
    return await Promise.race([fn(), panic]);
  } catch (e) {
    throw normalizeEngineError(e);
  } finally {
    panicListeners.delete(onPanic);
    if (g.PRISMA_WASM_PANIC_REGISTRY === engineRegistry) g.PRISMA_WASM_PANIC_REGISTRY = previousRegistry;
  }
}

/**
 * Opens an engine bound to `url` for several calls (the CLI stand-in: `migrate dev` needs
 * devDiagnostic and createMigration on one engine, which caches the migration history).
 * `run` guards each call against panics; `close` frees the engine and every connection.
 */
export async function openSchemaEngine({ url, shadowDatabaseUrl, datamodels, log = () => {} }) {
  const { SchemaEngine } = loadSchemaEngineWasm();
  const { factory, disposeAll } = createAdapterFactory(url, { shadowDatabaseUrl });
  let engine;
  try {
    engine = await guardPanics(() =>
      SchemaEngine.new(
        // An empty list panics in the engine (psl needs at least one file): omit it instead.
        { datamodels: datamodels?.length ? datamodels : undefined },
        (/** @type {string} */ line) => log(line),
        bindMigrationAwareSqlAdapterFactory(factory),
      ),
    );
  } catch (e) {
    await disposeAll();
    throw e;
  }
  let closed = false;
  return {
    engine,
    run: (fn) => guardPanics(() => fn(engine)),
    async close() {
      if (closed) return;
      closed = true;
      try {
        if (!panicked) engine.free();
      } finally {
        await disposeAll();
      }
    },
  };
}

/**
 * Runs `fn` with a fresh engine bound to `url`, then frees the engine and closes every
 * connection it opened (trap 7).
 */
export async function withSchemaEngine(options, fn) {
  const session = await openSchemaEngine(options);
  try {
    return await session.run(fn);
  } finally {
    await session.close();
  }
}

/** Calls `listener` with the message of any engine panic (the CLI stand-in logs it). */
export function onEnginePanic(listener) {
  panicListeners.add(listener);
}

/** Engine errors arrive as Errors or as plain values. */
export function normalizeEngineError(e) {
  if (e instanceof Error) return e;
  const any = /** @type {any} */ (e);
  const err = new Error(any?.message ?? (typeof e === "string" ? e : JSON.stringify(e)));
  if (any && typeof any === "object") Object.assign(err, any);
  return err;
}
