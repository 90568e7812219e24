// `npm start`: the whole site in one command. Without DATABASE_URL it runs an embedded
// PostgreSQL in .data/, applies migrations, seeds the demo newsroom once, builds when the
// sources changed since the last build, and serves the production build on PORT.
import { spawn } from "node:child_process";
import { buildIfNeeded, nextBin, prepareDatabase, root, serverEnv } from "./prepare.ts";

const port = process.env.PORT ?? "3000";

async function main(): Promise<void> {
  const database = await prepareDatabase();
  try {
    await buildIfNeeded(database.url);
  } catch (error) {
    await database.stop();
    throw error;
  }

  console.log(`▶ http://localhost:${port}`);
  const server = spawn(process.execPath, [nextBin, "start", "-p", port], { cwd: root, env: { ...serverEnv(database.url), PORT: port }, stdio: "inherit" });
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.on(signal, () => server.kill(signal));
  }
  server.once("exit", async (code) => {
    await database.stop();
    process.exit(code ?? 0);
  });
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
