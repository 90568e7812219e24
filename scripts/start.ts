// `npm start`: the whole site on one machine in one command. Without DATABASE_URL it runs an
// embedded PostgreSQL in .data/; it applies migrations, seeds the demo newsroom once, builds
// when the sources changed since the last build, and runs the server on PORT with the worker
// beside it. With REDIS_URL the server keeps its cache in that Redis; without, in its memory.
import type { ChildProcess } from "node:child_process";
import { buildIfNeeded, prepareDatabase, siteEnv, siteIdentity, startServer, startWorkerProcess } from "./prepare.ts";
import { waitForHttp } from "./services/wait.ts";
import { warmUp } from "./services/warm.ts";
import { exitWithFailure } from "./services/fail.ts";

const port = Number(process.env.PORT ?? 3000);

function exited(child: ChildProcess): Promise<number> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve(child.exitCode ?? 1);
    else child.once("exit", (code) => resolve(code ?? 1));
  });
}

async function main(): Promise<void> {
  const database = await prepareDatabase();
  let children: ChildProcess[] = [];
  let stopping = false;
  const stop = async (code: number) => {
    if (stopping) return;
    stopping = true;
    for (const child of children) child.kill("SIGTERM");
    await Promise.all(children.map(exited));
    await database.stop();
    process.exit(code);
  };
  try {
    const env = siteEnv(await siteIdentity(), database.url);
    await buildIfNeeded(env);
    console.log(`▶ http://localhost:${port}`);
    const server = startServer(env, port);
    // Without a shared Redis the worker reaches this server's in-memory cache directly.
    const worker = startWorkerProcess({ ...env, ...(env.REDIS_URL ? {} : { WEB_SERVER_URL: `http://127.0.0.1:${port}` }) });
    children = [server, worker];
    // In the background: the site is up meanwhile, and its first readers find it warmer.
    void waitForHttp(`http://127.0.0.1:${port}/api/health`, 120_000, server)
      .then(() => warmUp(`http://127.0.0.1:${port}`))
      .catch(() => {});
    for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => void stop(0));
    // Either one ending on its own ends the site: a half-running site is worse than a stopped one.
    const [first] = await Promise.race(children.map(async (child) => [child, await exited(child)] as const));
    if (!stopping) {
      const how = first.signalCode ? `signal ${first.signalCode}` : `exit code ${first.exitCode}`;
      console.error(`▶ the ${first === server ? "server" : "worker"} stopped (${how}); stopping the site. Its output above says why; fix that and run npm start again.`);
    }
    await stop(first.exitCode ?? 1);
  } catch (error) {
    await database.stop();
    throw error;
  }
}

main().catch((error: unknown) => exitWithFailure(error, "npm start"));
