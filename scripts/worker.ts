// `npm run worker`: the site's singleton work (lib/worker), beside one or more web servers.
// Needs DATABASE_URL; REDIS_URL when the servers share a Redis cache, else WEB_SERVER_URL (the
// one server whose in-memory cache it must expire). `npm start` and `npm run start:cluster`
// start it for you. Stops cleanly on SIGTERM/SIGINT (folding the last counted views first).
// `npm run worker -- --once <job>` runs one pass of one job and exits (jobs: ONCE_JOBS).
import { parseCommandLine } from "../lib/cli/args.ts";
import { closeWorkerResources, ONCE_JOBS, startWorker } from "../lib/worker/index.ts";
import { refuseDemoPasswordsInProduction } from "../lib/seed/demo-check.ts";

if (!process.env.DATABASE_URL) {
  console.error("worker: DATABASE_URL is not set. Set it to the site's PostgreSQL (npm start and npm run start:cluster do this for you).");
  process.exit(2);
}

const { values } = parseCommandLine({ options: { once: { type: "string" } } }, (message) => {
  if (message) console.error(`worker: ${message}`);
  console.error(`usage: npm run worker [-- --once <${Object.keys(ONCE_JOBS).join("|")}>]`);
  process.exit(2);
});
if (values.once !== undefined) {
  const name = values.once;
  const job = ONCE_JOBS[name];
  if (!job) {
    console.error(`worker: --once takes one of ${Object.keys(ONCE_JOBS).join(", ")}; got "${name}".`);
    process.exit(2);
  }
  try {
    console.log(`worker: ${name}: ${JSON.stringify(await job())}`);
  } finally {
    await closeWorkerResources();
  }
  process.exit(0);
}

refuseDemoPasswordsInProduction();
const worker = startWorker();
console.log(`worker: running (cache: ${process.env.REDIS_URL ? "Redis" : process.env.WEB_SERVER_URL ? `server at ${process.env.WEB_SERVER_URL}` : "none"})`);

let stopping = false;
for (const signal of ["SIGTERM", "SIGINT"] as const) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    void worker
      .stop()
      .then(closeWorkerResources)
      .finally(() => process.exit(0));
  });
}
