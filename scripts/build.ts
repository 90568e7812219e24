// `npm run build`: the production build, with the identity `npm start` will serve it under
// (NEXT_DEPLOYMENT_ID etc., from the environment or DATA_DIR). Needs no database: pages are
// rendered on first request into the shared cache.
import { buildIfNeeded, siteEnv, siteIdentity } from "./prepare.ts";
import { failureMessage } from "./services/fail.ts";

try {
  await buildIfNeeded(siteEnv(await siteIdentity()), true);
} catch (error) {
  console.error(failureMessage(error, "npm run build"));
  process.exitCode = 1;
}
