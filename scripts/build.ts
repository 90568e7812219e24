// `npm run build`: the production build, with the identity `npm start` will serve it under
// (NEXT_DEPLOYMENT_ID etc., from the environment or DATA_DIR). Needs no database: pages are
// rendered on first request into the shared cache.
import { buildIfNeeded, siteEnv, siteIdentity } from "./prepare.ts";

try {
  await buildIfNeeded(siteEnv(await siteIdentity()), true);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
}
