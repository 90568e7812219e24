// `npm run worker`: the site's singleton work (lib/worker), beside one or more web servers.
// Needs DATABASE_URL; REDIS_URL when the servers share a Redis cache, else WEB_SERVER_URL (the
// one server whose in-memory cache it must expire). `npm start` and `npm run start:cluster`
// start it for you. Stops cleanly on SIGTERM/SIGINT (folding the last counted views first).
import { closeWorkerResources, startWorker } from "../lib/worker/index.ts";
import { refuseDemoPasswordsInProduction } from "../lib/seed/demo-check.ts";

if (!process.env.DATABASE_URL) {
  console.error("worker: DATABASE_URL is not set. Set it to the site's PostgreSQL (npm start and npm run start:cluster do this for you).");
  process.exit(2);
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
