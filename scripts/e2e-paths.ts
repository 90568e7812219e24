import path from "node:path";

// Where the e2e servers record the URL of the database they serve, for the specs to read.
// Relative to the working directory: Playwright runs both the specs and the servers from the root.
export const E2E_DATABASE_URL_FILE = path.resolve(".data/e2e-database-url");
export const E2E_EDGE_DATABASE_URL_FILE = path.resolve(".data/e2e-edge-database-url");
