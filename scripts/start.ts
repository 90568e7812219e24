// `npm start`: the whole site in one command. Without DATABASE_URL it runs an embedded
// PostgreSQL in .data/, applies migrations, seeds the demo newsroom once, builds when the
// sources changed since the last build, and serves the production build on PORT.
import { spawn } from "node:child_process";
import path from "node:path";
import { startEmbeddedDatabase, type EmbeddedDatabase } from "../lib/db/embedded.ts";
import { applyMigrations } from "../lib/db/schema-engine.ts";
import { seedDemo } from "../lib/seed/index.ts";
import { buildIsCurrent, recordBuild } from "./build-stamp.ts";

const root = path.resolve(import.meta.dirname, "..");
const port = process.env.PORT ?? "3000";

function run(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: root, env, stdio: "inherit" });
    child.once("error", reject);
    child.once("exit", (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

async function main(): Promise<void> {
  let embedded: EmbeddedDatabase | null = null;
  let databaseUrl = process.env.DATABASE_URL;
  if (!databaseUrl) {
    const dataDir = path.resolve(root, process.env.DATA_DIR ?? ".data");
    console.log(`▶ starting the embedded database (${path.relative(root, dataDir) || "."}/postgres)`);
    embedded = await startEmbeddedDatabase(dataDir);
    databaseUrl = embedded.url;
  }
  const env: NodeJS.ProcessEnv = { NEXT_TELEMETRY_DISABLED: "1", ...process.env, DATABASE_URL: databaseUrl, PORT: port };
  const stopDatabase = async () => {
    await embedded?.stop();
  };

  try {
    const applied = await applyMigrations(databaseUrl, path.join(root, "prisma/migrations"));
    console.log(`▶ migrations: ${applied.length === 0 ? "up to date" : `applied ${applied.join(", ")}`}`);

    if (process.env.SEED_DEMO !== "0") {
      const seeded = await seedDemo(databaseUrl);
      console.log(seeded.seeded ? `▶ demo newsroom seeded: ${seeded.articles} articles in ${seeded.elapsedMs} ms` : "▶ demo content already present");
    }

    if (!(await buildIsCurrent(root))) {
      console.log("▶ next build");
      const code = await run("npx", ["next", "build"], { ...env, NODE_ENV: "production" });
      if (code !== 0) throw new Error(`next build failed with exit code ${code}`);
      await recordBuild(root);
    }
  } catch (error) {
    await stopDatabase();
    throw error;
  }

  console.log(`▶ http://localhost:${port}`);
  const server = spawn("npx", ["next", "start", "-p", port], { cwd: root, env: { ...env, NODE_ENV: "production" }, stdio: "inherit" });
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.on(signal, () => server.kill(signal));
  }
  server.once("exit", async (code) => {
    await stopDatabase();
    process.exit(code ?? 0);
  });
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
