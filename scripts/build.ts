// `npm run build`: the production build against the database `npm start` will use
// (DATABASE_URL, or the embedded default), stamped so `npm start` knows it is current.
import { buildIfNeeded, prepareDatabase } from "./prepare.ts";

const database = await prepareDatabase();
try {
  await buildIfNeeded(database.url, true);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
} finally {
  await database.stop();
}
