import path from "node:path";

/** Where the e2e server records the URL of the database it serves, for the specs to read.
 * Relative to the working directory: Playwright runs both the specs and the server from the root. */
export const E2E_DATABASE_URL_FILE = path.resolve(".data/e2e-database-url");
