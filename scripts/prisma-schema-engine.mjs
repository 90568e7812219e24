// Speaks the native schema-engine's protocol to the Prisma CLI and forwards every request to
// the wasm engine (lib/postgres/engine-core.mjs):
//   prisma-schema-engine [--datamodels <file>]... [--datasource <json>] [cli <command>]
// Without `cli`, JSON-RPC 2.0 requests arrive one per line on stdin, answers go to stdout,
// JSON log lines to stderr. One engine serves the whole session: `migrate dev` relies on
// devDiagnostic and createMigration sharing the engine's migration-history cache.
import { createInterface } from "node:readline";
import { parseArgs } from "node:util";
import {
  createDatabaseIfMissing,
  databaseExists,
  databaseName,
  dropDatabase,
  connectionFields,
  onEnginePanic,
  openSchemaEngine,
  readSchemaFiles,
} from "../lib/postgres/engine-core.mjs";

const ENGINE_HASH = "0edf323efd1d98336f3f0a68684b56f689b900d3";

/** The CLI's arguments; flags this engine doesn't use (preview features, extension types) are ignored. */
function readArgs(argv) {
  const { values, positionals } = parseArgs({
    args: argv,
    options: {
      datamodels: { type: "string", multiple: true, default: [] },
      datasource: { type: "string" },
      "enabled-preview-features": { type: "string" },
      "extension-types": { type: "string" },
      version: { type: "boolean", short: "V", default: false },
    },
    allowPositionals: true,
    strict: false,
  });
  const cliAt = positionals.indexOf("cli");
  return {
    datamodels: values.datamodels,
    datasource: JSON.parse(typeof values.datasource === "string" ? values.datasource : "{}"),
    cli: cliAt >= 0 ? positionals[cliAt + 1] : undefined,
    version: values.version === true,
  };
}

/** A log line in the native engine's format (the CLI parses these from stderr). */
function logLine(level, fields) {
  return JSON.stringify({ timestamp: new Date().toISOString(), level, fields, target: "schema_engine::logger" });
}

/** Maps a connection failure to the error the native engine reports. */
function connectionError(url, error) {
  const f = connectionFields(url);
  const where = `${f.host ?? "localhost"}:${f.port ?? 5432}`;
  switch (error?.code) {
    case "3D000":
      return { error_code: "P1003", message: `Database \`${f.database}\` does not exist on the database server at \`${where}\`.` };
    case "28P01":
    case "28000":
      return {
        error_code: "P1000",
        message: `Authentication failed against database server, the provided database credentials for \`${f.user}\` are not valid.\n\nPlease make sure to provide valid database credentials for the database server at the configured address.`,
      };
    case "ECONNREFUSED":
    case "ENOTFOUND":
    case "ETIMEDOUT":
    case "EHOSTUNREACH":
      return { error_code: "P1001", message: `Can't reach database server at \`${where}\`\n\nPlease make sure your database server is running at \`${where}\`.` };
    default:
      return { error_code: "P1000", message: String(error?.message ?? error) };
  }
}

async function runCliCommand(command, url) {
  if (!url) throw new Error("The datasource has no url");
  switch (command) {
    case "can-connect-to-database": {
      // Connect to the database itself, as the native engine does.
      const pg = (await import("pg")).default;
      const client = new pg.Client(connectionFields(url));
      try {
        await client.connect();
        await client.query("SELECT 1");
      } finally {
        await client.end().catch(() => {});
      }
      return;
    }
    case "create-database": {
      await createDatabaseIfMissing(url);
      process.stdout.write(`${JSON.stringify({ databaseName: databaseName(url) })}\n`);
      return;
    }
    case "drop-database": {
      if (await databaseExists(url)) await dropDatabase(url);
      return;
    }
    default:
      throw Object.assign(new Error(`Unknown cli command: ${command}`), { code: "UNKNOWN" });
  }
}

async function cliMode(command, url) {
  try {
    await runCliCommand(command, url);
    process.exit(0);
  } catch (error) {
    const fields = error?.code === "UNKNOWN" ? { message: error.message } : connectionError(url, error);
    // The CLI skips the first stderr line and parses the rest as JSON.
    process.stderr.write(`${logLine("INFO", { message: "Starting schema engine CLI" })}\n${logLine("ERROR", fields)}`);
    process.exit(1);
  }
}

async function rpcMode({ datamodels, datasource }) {
  const url = datasource?.url;
  const shadowDatabaseUrl = datasource?.shadowDatabaseUrl ?? undefined;
  const files = await readSchemaFiles(datamodels);
  const log = (line) => process.stderr.write(line.endsWith("\n") ? line : `${line}\n`);

  /** @type {Promise<Awaited<ReturnType<typeof openSchemaEngine>>> | undefined} */
  let session;
  const call = async (fn) => {
    if (!url) throw new Error("The datasource has no url (set DATABASE_URL or datasource.url in prisma.config.ts)");
    session ??= openSchemaEngine({ url, shadowDatabaseUrl, datamodels: files, log });
    return (await session).run(fn);
  };
  onEnginePanic((message) => log(logLine("ERROR", { message: `panicked: ${message}`, is_panic: true })));

  let nextPrintId = 1_000_000;
  const pendingPrints = new Map();
  const send = (message) => process.stdout.write(`${JSON.stringify(message)}\n`);
  // `migrate diff` prints only what the engine asks the CLI to print.
  const print = (content) =>
    new Promise((resolve) => {
      const id = nextPrintId++;
      pendingPrints.set(id, resolve);
      send({ jsonrpc: "2.0", id, method: "print", params: { content } });
    });

  const handlers = {
    async diff(params) {
      const result = await call((e) => e.diff(params));
      if (result.stdout) await print(result.stdout);
      return { exitCode: result.exitCode };
    },
    async getDatabaseVersion(params) {
      return call((e) => e.version(params ?? null));
    },
    async version(params) {
      return call((e) => e.version(params ?? null));
    },
    // The wasm engine can replay the migration history only where it is handed the adapter
    // factory (devDiagnostic, diagnoseMigrationHistory, diff). evaluateDataLoss and
    // createMigration read it from the engine's cache, which devDiagnostic skips filling when
    // the database was behind. Prime the cache first with the same migrations list.
    async evaluateDataLoss(params) {
      await primeHistoryCache(params);
      return call((e) => e.evaluateDataLoss(params));
    },
    async createMigration(params) {
      await primeHistoryCache(params);
      return call((e) => e.createMigration(params));
    },
    async debugPanic() {
      throw Object.assign(new Error("This is the debugPanic artificial panic"), { isPanic: true });
    },
  };
  async function primeHistoryCache(params) {
    if (!params?.migrationsList) return;
    try {
      await call((e) => e.devDiagnostic({ migrationsList: params.migrationsList, filters: params.filters }));
    } catch {
      // The real call reports whatever is wrong.
    }
  }
  const forwarded = new Set([
    "applyMigrations", "dbExecute", "devDiagnostic", "diagnoseMigrationHistory",
    "ensureConnectionValidity", "introspect", "introspectSql",
    "markMigrationApplied", "markMigrationRolledBack", "reset", "schemaPush",
  ]);

  async function handle(request) {
    const { id, method, params } = request;
    try {
      let result;
      if (handlers[method]) result = await handlers[method](params);
      else if (forwarded.has(method)) result = await call((e) => e[method](params ?? {}));
      else throw Object.assign(new Error(`Method not found: ${method}`), { rpcCode: -32601 });
      send({ jsonrpc: "2.0", id, result: result === undefined ? null : result });
    } catch (error) {
      const message = String(error?.message ?? error);
      log(logLine("ERROR", { message }));
      const code = /\b(P\d{4})\b/.exec(message)?.[1];
      send({
        jsonrpc: "2.0",
        id,
        error: {
          code: error?.rpcCode ?? 4466,
          message: "An error happened. Check the data field for details.",
          data: { is_panic: Boolean(error?.isPanic), message, meta: {}, ...(code ? { error_code: code } : {}) },
        },
      });
    }
  }

  // Requests are answered in order, one at a time, like the native engine.
  let queue = Promise.resolve();
  const rl = createInterface({ input: process.stdin, crlfDelay: Infinity });
  rl.on("line", (line) => {
    if (!line.trim()) return;
    let message;
    try {
      message = JSON.parse(line);
    } catch {
      send({ jsonrpc: "2.0", id: null, error: { code: -32700, message: "Parse error" } });
      return;
    }
    if (message.method === undefined && pendingPrints.has(message.id)) {
      pendingPrints.get(message.id)();
      pendingPrints.delete(message.id);
      return;
    }
    queue = queue.then(() => handle(message));
  });
  rl.on("close", () => {
    // The CLI ends stdin when it is done. Close every connection, then exit: a timer inside
    // the wasm would otherwise keep the process alive for ~10 s.
    queue
      .then(async () => {
        if (session) await (await session.catch(() => null))?.close();
      })
      .finally(() => process.exit(0));
  });
}

const args = readArgs(process.argv.slice(2));
if (args.version) {
  process.stdout.write(`schema-engine-cli ${ENGINE_HASH}\n`);
  process.exit(0);
} else if (args.cli) {
  await cliMode(args.cli, args.datasource?.url);
} else {
  await rpcMode(args);
}
